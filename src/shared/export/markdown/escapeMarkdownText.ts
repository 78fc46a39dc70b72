import { characterReference } from './markdownChars';

export interface TextPlace {
  /** The text starts a line, where `#`, `>`, `-`, `+`, `=` and `1.` would start a block. */
  lineStart: boolean;
  /** The text ends a line, whose trailing whitespace Markdown would drop. */
  lineEnd: boolean;
  /** The text ends an ATX heading, whose closing `#`s Markdown would drop. */
  headingEnd: boolean;
  /** Write the first or last character as a reference, so a neighbouring delimiter may open or close. */
  referenceFirst: boolean;
  referenceLast: boolean;
}

export const MID_LINE: TextPlace = {
  lineStart: false,
  lineEnd: false,
  headingEnd: false,
  referenceFirst: false,
  referenceLast: false,
};

// Characters that may start inline syntax anywhere: escapes, code, emphasis, strikethrough, links and
// images, autolinks and raw HTML, table cells.
const ALWAYS_ESCAPED = new Set(['\\', '`', '*', '[', ']', '<', '~', '|']);
const LINE_START_ESCAPED = new Set(['#', '>', '-', '+', '=']);
const ENTITY_AFTER_AMPERSAND = /^(?:#[xX][0-9a-fA-F]{1,6};|#[0-9]{1,7};|[A-Za-z][A-Za-z0-9]{1,31};)/;
const ORDERED_MARKER = /^[0-9]{1,9}[.)]/;
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
// What markdown-it trims from a paragraph's or heading's ends: JavaScript's whitespace.
const TRIMMED = /^\s$/u;

const leadingCount = (characters: string[], test: RegExp) => {
  const at = characters.findIndex((character) => !test.test(character));
  return at < 0 ? characters.length : at;
};

/**
 * Plain text as Markdown source that reads back as exactly that text: syntax characters are
 * backslash-escaped where they could mean something, and line breaks, and whitespace at a line's ends,
 * become character references, so no text can start a block or end a paragraph.
 */
export function escapeMarkdownText(text: string, place: TextPlace): string {
  const characters = Array.from(text);
  const leading = place.lineStart ? leadingCount(characters, TRIMMED) : 0;
  const trailing = place.lineEnd ? leadingCount([...characters].reverse(), TRIMMED) : 0;
  const orderedMarkerEnd = place.lineStart ? (ORDERED_MARKER.exec(text)?.[0].length ?? 0) - 1 : -1;
  const last = characters.length - 1;
  const referenced = (at: number) =>
    at < leading ||
    at > last - trailing ||
    characters[at] === '\n' ||
    characters[at] === '\r' ||
    (at === 0 && place.referenceFirst) ||
    (at === last && place.referenceLast);
  let source = '';
  let offset = 0;
  characters.forEach((character, at) => {
    offset += character.length;
    if (referenced(at)) {
      source += characterReference(character);
    } else if (
      needsBackslash(characters, at, place, orderedMarkerEnd, referenced, () => text.slice(offset))
    ) {
      source += `\\${character}`;
    } else {
      source += character;
    }
  });
  return source;
}

function needsBackslash(
  characters: string[],
  at: number,
  place: TextPlace,
  orderedMarkerEnd: number,
  referenced: (at: number) => boolean,
  rest: () => string,
): boolean {
  const character = characters[at]!;
  if (ALWAYS_ESCAPED.has(character)) return true;
  if (at === 0 && place.lineStart && LINE_START_ESCAPED.has(character)) return true;
  if (at === orderedMarkerEnd) return true;
  if (character === '#' && place.headingEnd && at === characters.length - 1) return true;
  // Between two letters or digits an underscore can neither open nor close emphasis: snake_case stays. A
  // neighbour written as a character reference is punctuation (`&`, `;`) to the reader, not a letter.
  if (character === '_') {
    const wordAt = (index: number) => !referenced(index) && WORD_CHARACTER.test(characters[index] ?? '');
    return !(wordAt(at - 1) && wordAt(at + 1));
  }
  if (character === '&') return ENTITY_AFTER_AMPERSAND.test(rest());
  return false;
}
