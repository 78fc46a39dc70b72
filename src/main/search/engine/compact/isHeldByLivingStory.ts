import type { IndexParts } from './compactIndex';
import { ordinalOfEntry } from './postingEntry';

/**
 * Whether a story indexed now holds the word: until a compaction, words of replaced versions linger. Stops at
 * the first living story, which for a word in use is almost always the first one looked at.
 */
export function isHeldByLivingStory({ documents, postings }: IndexParts, termId: number): boolean {
  const alive = documents.alive;
  const from = postings.compactedFrom(termId);
  const to = from + postings.compactedLength(termId);
  for (let at = from; at < to; at++) if (alive[ordinalOfEntry(postings.entries[at]!)] === 1) return true;
  return postings.recentOf(termId).some((entry) => alive[ordinalOfEntry(entry)] === 1);
}
