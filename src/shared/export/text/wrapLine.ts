import { columns } from './columns';

export interface Indents {
  /** Put before the first line, such as a list item's "- ". */
  first: string;
  /** Put before every other line, such as the spaces that line an item's lines up under its text. */
  rest: string;
}

const NO_INDENT: Indents = { first: '', rest: '' };

interface Word {
  /** The spaces before the word in the text, kept when the line does not break there. */
  gap: string;
  text: string;
}

// A dash standing alone stays with the word before it: "(AP) —" never leaves its dash to open a line.
const LONE_DASH = /^[—–]$/;
// Spaces a line may break at: every space separator but the no-break ones (U+00A0, U+2007, U+202F).
const BREAKING_SPACES = /([ \u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]+)/;

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  const tokens = text.split(BREAKING_SPACES);
  // split() with a capturing group alternates words (even places) and the spaces between them (odd).
  tokens.forEach((token, at) => {
    if (at % 2 === 1 || token === '') return;
    const gap = tokens[at - 1] ?? '';
    if (LONE_DASH.test(token) && words.length > 0) words.at(-1)!.text += gap + token;
    else words.push({ gap: words.length > 0 ? gap : '', text: token });
  });
  return words;
}

/**
 * One line of text hard-wrapped at `width` columns, indents included. Lines break at spaces only, so no
 * word is split; a word longer than the width stands on a line of its own. A null width leaves the line
 * whole.
 */
export function wrapLine(text: string, width: number | null, indents: Indents = NO_INDENT): string[] {
  if (width === null) return [`${indents.first}${text}`];
  const lines: string[] = [];
  let line = indents.first;
  let used = columns(line);
  let lineHasWord = false;
  for (const word of wordsOf(text)) {
    const wordColumns = columns(word.text);
    if (lineHasWord && used + columns(word.gap) + wordColumns > width) {
      lines.push(line);
      line = indents.rest + word.text;
      used = columns(indents.rest) + wordColumns;
    } else {
      const gap = lineHasWord ? word.gap : '';
      line += gap + word.text;
      used += columns(gap) + wordColumns;
    }
    lineHasWord = true;
  }
  lines.push(line);
  return lines;
}
