// What CommonMark calls Unicode whitespace (Zs, tab, line feed, form feed, carriage return), as markdown-it
// tests it when it decides whether `*` or `~~` may open or close emphasis.
const WHITESPACE = /^[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]$/u;
const PUNCTUATION = /^[\p{P}\p{S}]$/u;

export type CharClass = 'whitespace' | 'punctuation' | 'other';

/** How CommonMark's flanking rules see a character; the edge of a line counts as whitespace. */
export function charClass(character: string | undefined): CharClass {
  if (character === undefined || WHITESPACE.test(character)) return 'whitespace';
  return PUNCTUATION.test(character) ? 'punctuation' : 'other';
}

export const isMarkdownWhitespace = (character: string) => WHITESPACE.test(character);

/** A numeric character reference: Markdown reads it back as the character without seeing its syntax. */
export function characterReference(character: string): string {
  return `&#x${character.codePointAt(0)!.toString(16).toUpperCase()};`;
}
