import { parseQuery } from '../parseQuery';
import type { TermDictionary } from './TermDictionary';

export interface Expansion {
  termId: number;
  /** How much a match on this term counts against the word as typed. */
  weight: number;
}

export interface WordPlan {
  expansions: Expansion[];
  /** What the snippet should mark for this word: the word, a prefix being typed, or the typo's corrections. */
  highlights: string[];
}

/** A one-letter "prefix" would expand to thousands of words and score most of the library: match it whole. */
export const PREFIX_MIN_LENGTH = 2;
/** Shorter words are matched exactly: most edits of a short word are other real words. */
export const FUZZY_MIN_LENGTH = 4;
export const TWO_EDITS_MIN_LENGTH = 8;
const MAX_WORDS = 32;
const COMPLETION_WEIGHT = 0.5;
const CORRECTION_WEIGHT = 0.4;

function planTyped(dictionary: TermDictionary, word: string): WordPlan {
  if (word.length < PREFIX_MIN_LENGTH) return planFinished(dictionary, word);
  const expansions = dictionary.prefixIds(word).map((termId) => ({
    termId,
    weight: dictionary.termOf(termId) === word ? 1 : COMPLETION_WEIGHT,
  }));
  return { expansions, highlights: [word] };
}

// A word the library holds is taken as meant; only a word no story contains is read as a typo, so a search
// for "said" does not also find "paid", and the total stays what the reader asked for.
function planFinished(dictionary: TermDictionary, word: string): WordPlan {
  const exact = dictionary.idOf(word);
  if (exact !== undefined) return { expansions: [{ termId: exact, weight: 1 }], highlights: [word] };
  if (word.length < FUZZY_MIN_LENGTH) return { expansions: [], highlights: [] };
  const corrections = dictionary.fuzzyIds(word, word.length >= TWO_EDITS_MIN_LENGTH ? 2 : 1);
  return {
    expansions: corrections.map(({ id, edits }) => ({ termId: id, weight: CORRECTION_WEIGHT / edits })),
    highlights: corrections.map(({ id }) => dictionary.termOf(id)),
  };
}

/** One plan per distinct word of the query; the last word is a prefix while it is still being typed. */
export function planQuery(dictionary: TermDictionary, text: string): WordPlan[] {
  const { words, lastIsPrefix } = parseQuery(text);
  const last = words.length - 1;
  const plans = new Map<string, WordPlan>();
  words.slice(0, MAX_WORDS).forEach((word, at) => {
    const key = `${word}${lastIsPrefix && at === last ? '*' : ''}`;
    if (plans.has(key)) return;
    plans.set(
      key,
      lastIsPrefix && at === last ? planTyped(dictionary, word) : planFinished(dictionary, word),
    );
  });
  return [...plans.values()];
}
