import type { RGB } from 'pdf-lib';
import type { Face } from './proofFaces';

/** A stretch of text in one look. */
export interface Span {
  text: string;
  font: Face;
  size: number;
  color: RGB;
  underline: boolean;
  strike: boolean;
  /** A link's address, already checked safe; null for plain text. */
  href: string | null;
}

/** A span placed on a line, `x` points from the line's start. */
export interface PlacedSpan extends Span {
  x: number;
  width: number;
}

export interface Line {
  spans: PlacedSpan[];
  width: number;
}

/** A forced line break inside a paragraph. */
export const BREAK = 'break';

const sameLook = (a: Span, b: Span): boolean =>
  a.font === b.font &&
  a.size === b.size &&
  a.color === b.color &&
  a.underline === b.underline &&
  a.strike === b.strike &&
  a.href === b.href;

interface Piece {
  span: Span;
  text: string;
  width: number;
}

/**
 * Breaks a paragraph's spans into lines no wider than `width`, at spaces, and inside a word only when the
 * word alone is wider than the line (a long address): no line ever runs past its measure. Spaces at the
 * end of a line are dropped; a word split across spans (`hel` + bold `lo`) stays one word.
 */
export function wrapSpans(spans: readonly (Span | typeof BREAK)[], width: number): Line[] {
  const lines: Line[] = [];
  let line: Piece[] = [];
  let lineWidth = 0;
  let word: Piece[] = [];
  let spaces: Piece[] = [];

  const sum = (pieces: Piece[]) => pieces.reduce((total, piece) => total + piece.width, 0);
  const finishLine = () => {
    lines.push(placed(line));
    line = [];
    lineWidth = 0;
  };
  const place = (pieces: Piece[]) => {
    line.push(...pieces);
    lineWidth += sum(pieces);
  };
  const placeWord = () => {
    if (word.length === 0) return;
    const wordWidth = sum(word);
    const spaceWidth = line.length > 0 ? sum(spaces) : 0;
    if (line.length > 0 && lineWidth + spaceWidth + wordWidth <= width) {
      place(spaces);
    } else if (line.length > 0) {
      finishLine();
    }
    if (wordWidth <= width - lineWidth) place(word);
    else splitWord(word);
    word = [];
    spaces = [];
  };
  // Only a word wider than the whole line gets here: it is cut between characters, filling each line.
  const splitWord = (pieces: Piece[]) => {
    for (const piece of pieces) {
      for (const character of piece.text) {
        const characterWidth = piece.span.font.widthOf(character, piece.span.size);
        if (line.length > 0 && lineWidth + characterWidth > width) finishLine();
        place([{ span: piece.span, text: character, width: characterWidth }]);
      }
    }
  };

  for (const span of spans) {
    if (span === BREAK) {
      placeWord();
      finishLine();
      spaces = [];
      continue;
    }
    for (const part of span.text.split(/( +)/)) {
      if (!part) continue;
      const piece = { span, text: part, width: span.font.widthOf(part, span.size) };
      if (part.startsWith(' ')) {
        placeWord();
        spaces.push(piece);
      } else {
        word.push(piece);
      }
    }
  }
  placeWord();
  if (line.length > 0 || lines.length === 0) finishLine();
  return lines;
}

/** Joins a line's neighbouring pieces of one look, so each is drawn, underlined and linked once. */
function placed(pieces: Piece[]): Line {
  const spans: PlacedSpan[] = [];
  let x = 0;
  for (const { span, text, width } of pieces) {
    const last = spans.at(-1);
    if (last && sameLook(last, span)) {
      last.text += text;
      last.width += width;
    } else {
      spans.push({ ...span, text, x, width });
    }
    x += width;
  }
  return { spans, width: x };
}
