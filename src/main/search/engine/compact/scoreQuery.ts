import type { SearchView } from '../../SearchEngine';
import type { DocumentTable } from './DocumentTable';
import type { WordPlan } from './planQuery';
import { HEADLINE_BOOST } from '../searchFields';
import { frequencyOfEntry, isInHeadline, ordinalOfEntry } from './postingEntry';
import type { Postings } from './Postings';

// Bound once: through a CommonJS transform (as benchmarks run the sources) every call of an imported function
// is a getter lookup, and these run once per posting.
const [ordinalOf, frequencyOf, inHeadline] = [ordinalOfEntry, frequencyOfEntry, isInHeadline];

// BM25's usual constants: how fast repeated words stop adding, and how much a long story is discounted.
const K1 = 1.2;
const B = 0.7;

export interface ScoredQuery {
  /** Stories that matched every word, by ordinal. */
  ordinals: Int32Array;
  /** Each one's score, at the same position. */
  scores: Float32Array;
}

/** Per-ordinal buffers kept between queries and cleared only where a query wrote, not over the library. */
export class QueryScratch {
  scores = new Float32Array(0);
  wordsMatched = new Uint8Array(0);

  fit(size: number): void {
    if (this.scores.length >= size) return;
    this.scores = new Float32Array(size * 2);
    this.wordsMatched = new Uint8Array(size * 2);
  }
}

/**
 * Scores every story of `view` (or of both views) holding all the words (any of each word's expansions), by BM25. Word by word, a story
 * counts only if it matched every word before, so the work is one pass over the postings involved, and the
 * stories found by the first word are the only ones ever written to, and the only ones cleared after.
 */
export function scoreQuery(
  plans: readonly WordPlan[],
  documents: DocumentTable,
  postings: Postings,
  scratch: QueryScratch,
  view?: SearchView,
): ScoredQuery {
  scratch.fit(documents.issued);
  const inTrash = documents.inTrash;
  const trashWanted = view === undefined ? -1 : view === 'trash' ? 1 : 0;
  const isKept = (ordinal: number) =>
    wordsMatched[ordinal] === plans.length && (trashWanted < 0 || inTrash[ordinal] === trashWanted);
  const { scores, wordsMatched } = scratch;
  const { alive, lengths } = documents;
  const stories = Math.max(1, documents.aliveCount);
  const lengthScale = 1 / documents.averageLength;
  let candidates: Int32Array = new Int32Array(64);
  let count = 0;

  plans.forEach((plan, word) => {
    for (const { termId, weight } of plan.expansions) {
      const frequencyInLibrary = Math.min(postings.count(termId), stories);
      const idf = Math.log(1 + (stories - frequencyInLibrary + 0.5) / (frequencyInLibrary + 0.5));
      const factor = weight * idf * (K1 + 1);
      const visit = (entry: number) => {
        const ordinal = ordinalOf(entry);
        if (alive[ordinal] === 0) return;
        const matched = wordsMatched[ordinal]!;
        if (matched < word) return;
        if (matched === word) {
          wordsMatched[ordinal] = word + 1;
          if (word === 0) {
            if (count === candidates.length) candidates = grown(candidates);
            candidates[count++] = ordinal;
          }
        }
        const frequency = frequencyOf(entry);
        const boost = inHeadline(entry) ? HEADLINE_BOOST : 1;
        scores[ordinal]! +=
          (boost * factor * frequency) / (frequency + K1 * (1 - B + B * lengths[ordinal]! * lengthScale));
      };
      const from = postings.compactedFrom(termId);
      const to = from + postings.compactedLength(termId);
      for (let at = from; at < to; at++) visit(postings.entries[at]!);
      for (const entry of postings.recentOf(termId)) visit(entry);
    }
  });

  let kept = 0;
  for (let at = 0; at < count; at++) {
    if (isKept(candidates[at]!)) kept++;
  }
  const matched = { ordinals: new Int32Array(kept), scores: new Float32Array(kept) };
  kept = 0;
  for (let at = 0; at < count; at++) {
    const ordinal = candidates[at]!;
    if (isKept(ordinal)) {
      matched.ordinals[kept] = ordinal;
      matched.scores[kept++] = scores[ordinal]!;
    }
    scores[ordinal] = 0;
    wordsMatched[ordinal] = 0;
  }
  return matched;
}

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
