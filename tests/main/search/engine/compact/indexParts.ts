import type { IndexParts } from '../../../../../src/main/search/engine/compact/compactIndex';
import {
  frequencyOfEntry,
  isInHeadline,
  ordinalOfEntry,
  postingEntry,
} from '../../../../../src/main/search/engine/compact/postingEntry';

export interface WordsOfStory {
  id: string;
  headline: readonly string[];
  body: readonly string[];
}

/** Indexes the story the way CompactIndexEngine.add does, on parts the test can look into. */
export function indexStory({ documents, dictionary, postings }: IndexParts, story: WordsOfStory): void {
  documents.kill(story.id);
  const words = [...story.headline, ...story.body];
  const ordinal = documents.append(story.id, words.length);
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  for (const [word, count] of counts) {
    postings.add(dictionary.intern(word), postingEntry(ordinal, count, story.headline.includes(word)));
  }
}

/** Every living story's postings as "word id frequency headline", whichever part of the postings holds them. */
export function livePostings({ documents, dictionary, postings }: IndexParts): string[] {
  const described: string[] = [];
  for (let termId = 0; termId < dictionary.size; termId++) {
    const from = postings.compactedFrom(termId);
    const compacted = postings.entries.subarray(from, from + postings.compactedLength(termId));
    for (const entry of [...compacted, ...postings.recentOf(termId)]) {
      const ordinal = ordinalOfEntry(entry);
      if (documents.alive[ordinal] === 0) continue;
      const headline = isInHeadline(entry) ? 'headline' : 'body';
      described.push(
        `${dictionary.termOf(termId)} ${documents.idAt(ordinal)} ${frequencyOfEntry(entry)} ${headline}`,
      );
    }
  }
  return described.sort();
}

export const aliveIds = ({ documents }: IndexParts): string[] =>
  Array.from({ length: documents.issued }, (_, ordinal) => ordinal)
    .filter((ordinal) => documents.alive[ordinal] === 1)
    .map((ordinal) => documents.idAt(ordinal));
