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
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/**
 * Which words match: a word equal to a term once folded; for a term no word equals (a prefix typed so far,
 * or a term from a neighbouring field), the words it begins.
 */
function matcherOf(words: readonly Word[], terms: readonly string[]): (word: Word) => boolean {
  const folded = new Set(words.map((word) => foldWord(word.text)));
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const term of terms.map(foldWord).filter(Boolean)) {
    if (folded.has(term)) exact.add(term);
    else prefixes.push(term);
  }
  return (word) => {
    const key = foldWord(word.text);
    return exact.has(key) || prefixes.some((prefix) => key.startsWith(prefix));
  };
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
