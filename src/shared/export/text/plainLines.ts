import type { Inline } from '../model/exportStory';
import { publishableText } from '../model/publishableText';

// Every way text can end a line: CR LF, either alone, and Unicode's line and paragraph separators.
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

// A tab has no width that every screen agrees on, so no wrapped line could be measured: it becomes a space.
const wireCharacters = (text: string) => publishableText(text).replace(/\t/g, ' ');

const trimmedLines = (text: string) =>
  text
    .split(LINE_BREAK)
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * Inline content as the lines of wire copy: marks dropped, a line break (or a line ending typed into the
 * text) starts a new line, each line trimmed. Empty lines are dropped, as a blank line in wire copy would
 * read as a new paragraph.
 */
export function plainLines(inlines: readonly Inline[]): string[] {
  return trimmedLines(
    inlines.map((inline) => (inline.kind === 'break' ? '\n' : wireCharacters(inline.text))).join(''),
  );
}

/** A field that is one line of wire copy, such as a headline: line endings typed into it become spaces. */
export function singleLine(text: string): string {
  return trimmedLines(wireCharacters(text)).join(' ');
}
