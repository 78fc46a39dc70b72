import { foldedWords } from './foldText';
import type { ParsedQuery } from './searchFields';

/** A trailing space means the last word is finished, so it is no longer matched as a prefix. */
export function parseQuery(text: string): ParsedQuery {
  const words = foldedWords(text);
  return { words, lastIsPrefix: words.length > 0 && !/[\s\p{P}]$/u.test(text) };
}
