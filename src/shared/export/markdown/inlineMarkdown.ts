import { isSafeLinkHref } from '../../editor/link/safeLinkHref';
import type { Inline, TextRun } from '../model/exportStory';
import { plainRun } from '../text/plainRun';
import { publishableText } from '../model/publishableText';
import type { TextPlace } from './escapeMarkdownText';
import { escapeMarkdownText, MID_LINE } from './escapeMarkdownText';
import { linkDestination } from './linkDestination';
import type { CharClass } from './markdownChars';
import { charClass, isMarkdownWhitespace } from './markdownChars';

type Mark = { kind: 'link'; href: string } | { kind: 'bold' | 'italic' | 'strike' };

type Piece =
  { kind: 'text'; text: string; place: TextPlace } | { kind: 'open' | 'close'; mark: Mark; source: string };

// Italics take `_`, as Prettier writes them: with `*` for both, closing italics and opening bold in a row
// would make one run of `***` that Markdown could pair the wrong way.
const DELIMITERS = { bold: '**', italic: '_', strike: '~~' } as const;

const sameMark = (a: Mark, b: Mark) =>
  a.kind === b.kind && (a.kind !== 'link' || (b.kind === 'link' && a.href === b.href));

// Markdown has no underline: the words stay, the underline goes. A link comes first, so that emphasis in
// its words stays inside the brackets.
function marksOf(run: TextRun): Mark[] {
  const marks: Mark[] = [];
  if (run.href !== null && isSafeLinkHref(run.href)) marks.push({ kind: 'link', href: run.href });
  if (run.bold) marks.push({ kind: 'bold' });
  if (run.italic) marks.push({ kind: 'italic' });
  if (run.strike) marks.push({ kind: 'strike' });
  return marks;
}

const openSource = (mark: Mark) => (mark.kind === 'link' ? '[' : DELIMITERS[mark.kind]);
const closeSource = (mark: Mark) =>
  mark.kind === 'link' ? `](${linkDestination(mark.href)})` : DELIMITERS[mark.kind];

function splitWhitespace(text: string): [string, string, string] {
  const characters = Array.from(text);
  let start = 0;
  while (start < characters.length && isMarkdownWhitespace(characters[start]!)) start += 1;
  let end = characters.length;
  while (end > start && isMarkdownWhitespace(characters[end - 1]!)) end -= 1;
  return [
    characters.slice(0, start).join(''),
    characters.slice(start, end).join(''),
    characters.slice(end).join(''),
  ];
}

/**
 * One line's runs as pieces of text and delimiters. Whitespace stays outside delimiters (`**a** b`, never
 * `**a **`, which Markdown would not read as bold), and marks that neighbouring runs share stay open.
 */
function piecesOf(runs: readonly TextRun[]): Piece[] {
  const pieces: Piece[] = [];
  const active: Mark[] = [];
  let whitespace = '';
  const text = (value: string) => {
    if (value) pieces.push({ kind: 'text', text: value, place: MID_LINE });
  };
  const closeDownTo = (depth: number) => {
    while (active.length > depth) {
      const mark = active.pop()!;
      pieces.push({ kind: 'close', mark, source: closeSource(mark) });
    }
  };
  for (const run of runs) {
    const [lead, core, trail] = splitWhitespace(publishableText(run.text));
    whitespace += lead;
    if (!core) continue;
    const marks = marksOf(run);
    let kept = 0;
    while (kept < active.length && marks.some((mark) => sameMark(mark, active[kept]!))) kept += 1;
    closeDownTo(kept);
    text(whitespace);
    for (const mark of marks.filter((candidate) => !active.some((open) => sameMark(open, candidate)))) {
      active.push(mark);
      pieces.push({ kind: 'open', mark, source: openSource(mark) });
    }
    text(core);
    whitespace = trail;
  }
  closeDownTo(0);
  text(whitespace);
  return pieces;
}

function lastCharacter(text: string): string | undefined {
  const last = text.codePointAt(text.length - 1);
  if (last === undefined) return undefined;
  const pair = text.codePointAt(text.length - 2);
  return pair !== undefined && pair > 0xffff ? String.fromCodePoint(pair) : String.fromCodePoint(last);
}

function firstCharacter(text: string): string | undefined {
  const first = text.codePointAt(0);
  return first === undefined ? undefined : String.fromCodePoint(first);
}

function pieceSource(piece: Piece): string {
  return piece.kind === 'text' ? escapeMarkdownText(piece.text, piece.place) : piece.source;
}

const isEmphasis = (piece: Piece | undefined) =>
  piece !== undefined && piece.kind !== 'text' && piece.mark.kind !== 'link';

/** Whether a run of delimiters may open and close emphasis, as markdown-it reads CommonMark's rules. */
function delimiterRole(marker: string, before: CharClass, after: CharClass) {
  const leftFlanking = after !== 'whitespace' && (after !== 'punctuation' || before !== 'other');
  const rightFlanking = before !== 'whitespace' && (before !== 'punctuation' || after !== 'other');
  // Inside a word an underscore neither opens nor closes: snake_case is not emphasis.
  const splitsWords = marker !== '_';
  return {
    canOpen: leftFlanking && (splitsWords || !rightFlanking || before === 'punctuation'),
    canClose: rightFlanking && (splitsWords || !leftFlanking || after === 'punctuation'),
  };
}

/**
 * Makes a run of delimiters able to open or close, as it must. `a**"b"**` is not bold: a run followed by
 * punctuation opens only after whitespace or punctuation. Writing the letter beside it as a character
 * reference (`&#x61;**"b"**`) puts punctuation (`;`) there, and the reader still gets the letter.
 */
function fixRun(pieces: Piece[], start: number, end: number): boolean {
  const previous = pieces[start - 1];
  const next = pieces[end + 1];
  const before = charClass(previous && lastCharacter(pieceSource(previous)));
  const after = charClass(next && firstCharacter(pieceSource(next)));
  const run = pieces.slice(start, end + 1);
  const { canOpen, canClose } = delimiterRole(pieceSource(run[0]!)[0]!, before, after);
  if (!canOpen && before === 'other' && previous?.kind === 'text' && run.some((p) => p.kind === 'open')) {
    previous.place = { ...previous.place, referenceLast: true };
    return true;
  }
  if (!canClose && after === 'other' && next?.kind === 'text' && run.some((p) => p.kind === 'close')) {
    next.place = { ...next.place, referenceFirst: true };
    return true;
  }
  return false;
}

// `!` right before a link's `[` would make the link an image.
function fixLinkOpening(pieces: Piece[], at: number): void {
  const before = pieces[at - 1];
  if (before?.kind === 'text' && lastCharacter(before.text) === '!') {
    before.place = { ...before.place, referenceLast: true };
  }
}

// A reference written for one run can take the letter another run leaned on (`a~~a_"…`), so passes
// repeat until none changes anything; each only adds references, so they soon stop.
function fixDelimiterNeighbours(pieces: Piece[]): void {
  while (fixDelimiterPass(pieces));
}

function fixDelimiterPass(pieces: Piece[]): boolean {
  let changed = false;
  let start = 0;
  while (start < pieces.length) {
    const piece = pieces[start]!;
    if (piece.kind === 'open' && piece.mark.kind === 'link') fixLinkOpening(pieces, start);
    if (!isEmphasis(piece)) {
      start += 1;
      continue;
    }
    const marker = pieceSource(piece)[0];
    let end = start;
    while (isEmphasis(pieces[end + 1]) && pieceSource(pieces[end + 1]!)[0] === marker) end += 1;
    changed = fixRun(pieces, start, end) || changed;
    start = end + 1;
  }
  return changed;
}

function lineSource(runs: readonly TextRun[], headingEnd: boolean): string {
  const pieces = piecesOf(runs);
  const first = pieces[0];
  const last = pieces.at(-1);
  if (first?.kind === 'text') first.place = { ...first.place, lineStart: true };
  if (last?.kind === 'text') last.place = { ...last.place, lineEnd: true, headingEnd };
  fixDelimiterNeighbours(pieces);
  return pieces.map(pieceSource).join('');
}

/** Inline content split at line breaks; breaks at the end are dropped, as they show nothing. */
function linesOf(inlines: readonly Inline[]): TextRun[][] {
  const lines: TextRun[][] = [[]];
  for (const inline of inlines) {
    if (inline.kind === 'break') lines.push([]);
    else lines.at(-1)!.push(inline);
  }
  while (lines.length > 1 && lines.at(-1)!.every((run) => publishableText(run.text) === '')) lines.pop();
  return lines;
}

/**
 * A paragraph's inline content as Markdown source lines; every line but the last ends in a backslash,
 * CommonMark's hard line break. The text reads back exactly; marks as bold, italic, strikethrough, links.
 */
export function inlineMarkdownLines(inlines: readonly Inline[]): string[] {
  const lines = linesOf(inlines).map((runs) => lineSource(runs, false));
  return lines.map((line, at) => (at < lines.length - 1 ? `${line}\\` : line));
}

/** Inline content on one line, such as a heading's: a heading has one line, so breaks become spaces. */
export function inlineMarkdownLine(inlines: readonly Inline[], place: { headingEnd: boolean }): string {
  const runs = inlines.map((inline) => (inline.kind === 'break' ? plainRun(' ') : inline));
  return lineSource(runs, place.headingEnd);
}
