import { foldWord } from './engine/foldText';

export interface Snippet {
  /** A stretch of the text around the first match, with an ellipsis where it was cut. */
  snippet: string;
  /** The snippet's words that matched, as they are written there. */
  highlights: string[];
}

export const SNIPPET_LENGTH = 200;
/** How much of the snippet comes before the first match, so the reader sees what leads up to it. */
const LEAD_IN = 60;
const ELLIPSIS = '…';
// Letters, digits and combining marks, as the index splits words: "Zelensky’s" is "Zelensky" and "s".
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

interface Word {
  text: string;
  /** As the index holds it, worked out once per word. */
  folded: string;
  start: number;
  end: number;
}

function isWordCharacter(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122);
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(at)!));
}

// A scan by character code rather than a Unicode regex over the text: the library view makes a snippet for
// every story of a page on each keystroke, and a matchAll over an 800-word body cost most of that.
function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let at = 0;
  while (at < text.length) {
    const step = text.codePointAt(at)! > 0xffff ? 2 : 1;
    if (!isWordCharacter(text, at)) {
      at += step;
      continue;
    }
    const start = at;
    while (at < text.length && isWordCharacter(text, at)) at += text.codePointAt(at)! > 0xffff ? 2 : 1;
    const word = text.slice(start, at);
    words.push({ text: word, folded: foldWord(word), start, end: at });
  }
  return words;
}

/**
 * Which words match: a word equal to a term once folded; for a term no word equals (a prefix typed so far,
 * or a term from a neighbouring field), the words it begins.
 */
function matcherOf(words: readonly Word[], terms: readonly string[]): (word: Word) => boolean {
  const folded = new Set(words.map((word) => word.folded));
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const term of terms.map(foldWord).filter(Boolean)) {
    if (folded.has(term)) exact.add(term);
    else prefixes.push(term);
  }
  return ({ folded: key }) => exact.has(key) || prefixes.some((prefix) => key.startsWith(prefix));
}

/** The text's words that match the terms, each once, as written in the text. */
export function matchedWords(text: string, terms: readonly string[]): string[] {
  const words = wordsOf(text);
  const matches = matcherOf(words, terms);
  return [...new Set(words.filter(matches).map((word) => word.text))];
}

/** The window of words around `focus` that fits in SNIPPET_LENGTH characters, cut only between words. */
function windowAround(words: readonly Word[], focus: number): [number, number] {
  let first = focus;
  while (first > 0 && words[focus]!.start - words[first - 1]!.start <= LEAD_IN) first -= 1;
  let last = focus;
  while (last + 1 < words.length && words[last + 1]!.end - words[first]!.start <= SNIPPET_LENGTH) last += 1;
  // Near the end of the text, the room left after the match goes to what comes before it.
  while (first > 0 && words[last]!.end - words[first - 1]!.start <= SNIPPET_LENGTH) first -= 1;
  return [first, last];
}

/** A stretch of about SNIPPET_LENGTH characters of `text` around the first word matching `terms`. */
export function snippetOf(text: string, terms: readonly string[]): Snippet {
  const words = wordsOf(text);
  if (words.length === 0) return { snippet: '', highlights: [] };
  const matches = matcherOf(words, terms);
  const focus = Math.max(0, words.findIndex(matches));
  const [first, last] = windowAround(words, focus);
  const start = first === 0 ? 0 : words[first]!.start;
  const end = last === words.length - 1 ? text.length : words[last]!.end;
  const stretch = text.slice(start, end).trim();
  const shown = words.slice(first, last + 1);
  return {
    snippet: `${start > 0 ? ELLIPSIS : ''}${stretch}${end < text.length ? ELLIPSIS : ''}`,
    highlights: [...new Set(shown.filter(matches).map((word) => word.text))],
  };
}
