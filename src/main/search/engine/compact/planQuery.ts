import { parseQuery } from '../parseQuery';
import type { TermDictionary } from './TermDictionary';

export interface Expansion {
  termId: number;
  /** How much a match on this term counts against the word as typed. */
  weight: number;
}

/** Whether any story indexed now holds the word; until a compaction, words of replaced versions linger. */
export type IsHeld = (termId: number) => boolean;

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

function planTyped(dictionary: TermDictionary, isHeld: IsHeld, word: string): WordPlan {
  if (word.length < PREFIX_MIN_LENGTH) return planFinished(dictionary, isHeld, word);
  const expansions = dictionary.prefixIds(word).map((termId) => ({
    termId,
    weight: dictionary.termOf(termId) === word ? 1 : COMPLETION_WEIGHT,
  }));
  return { expansions, highlights: [word] };
}

// A word the library holds is taken as meant; only a word no story contains is read as a typo, so a search
// for "said" does not also find "paid", and the total stays what the reader asked for.
function planFinished(dictionary: TermDictionary, isHeld: IsHeld, word: string): WordPlan {
  const exact = dictionary.idOf(word);
  if (exact !== undefined && isHeld(exact))
    return { expansions: [{ termId: exact, weight: 1 }], highlights: [word] };
  if (word.length < FUZZY_MIN_LENGTH) return { expansions: [], highlights: [] };
  const corrections = dictionary
    .fuzzyIds(word, word.length >= TWO_EDITS_MIN_LENGTH ? 2 : 1)
    .filter(({ id }) => id !== exact && isHeld(id));
  return {
    expansions: corrections.map(({ id, edits }) => ({ termId: id, weight: CORRECTION_WEIGHT / edits })),
    highlights: corrections.map(({ id }) => dictionary.termOf(id)),
  };
}

/** One plan per distinct word of the query; the last word is a prefix while it is still being typed. */
export function planQuery(dictionary: TermDictionary, isHeld: IsHeld, text: string): WordPlan[] {
  const { words, lastIsPrefix } = parseQuery(text);
  const last = words.length - 1;
  const plans = new Map<string, WordPlan>();
  words.slice(0, MAX_WORDS).forEach((word, at) => {
    const key = `${word}${lastIsPrefix && at === last ? '*' : ''}`;
    if (plans.has(key)) return;
    const typed = lastIsPrefix && at === last;
    plans.set(key, typed ? planTyped(dictionary, isHeld, word) : planFinished(dictionary, isHeld, word));
  });
  return [...plans.values()];
}
