/**
 * Words grouped by length and first letter, so a typo is compared with a few hundred words rather than the
 * whole vocabulary. A candidate must start with the typed word's first or second letter: a slip in the first
 * letter is not corrected, a swap of the first two is.
 */
export const bucketKey = (word: string): string => `${word.length}:${word[0]}`;

/** The buckets that can hold a word within `maxEdits` of `word`. */
export function nearBucketKeys(word: string, maxEdits: number): string[] {
  const keys: string[] = [];
  for (let length = word.length - maxEdits; length <= word.length + maxEdits; length++) {
    for (const first of new Set([word[0], word[1]])) keys.push(`${length}:${first}`);
  }
  return keys;
}
