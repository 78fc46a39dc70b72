import { noHits } from '../../SearchEngine';
import type { SearchDocument, SearchEngine, SearchHits, SearchView } from '../../SearchEngine';
import { foldedWords } from '../foldText';
import { SEARCH_FIELDS } from '../searchFields';
import { compactIndex } from './compactIndex';
import type { IndexParts } from './compactIndex';
import { encodeIndex } from './indexFile';
import { planQuery } from './planQuery';
import { isHeldByLivingStory } from './isHeldByLivingStory';
import { MAX_ORDINALS, postingEntry } from './postingEntry';
import { rankByScore } from './rankByScore';
import { QueryScratch, scoreQuery } from './scoreQuery';

/** Recent postings are folded into the flat array once they are this share of it (and past a floor). */
const RECENT_SHARE_BEFORE_COMPACTING = 0.25;
const RECENT_FLOOR_BEFORE_COMPACTING = 1 << 20;

interface WordCounts {
  counts: Map<string, number>;
  inHeadline: Set<string>;
  length: number;
}

/** How often each word occurs in the story, which ones its headline holds, and how many words it has. */
function countWords(document: SearchDocument): WordCounts {
  const counts = new Map<string, number>();
  let length = 0;
  for (const field of SEARCH_FIELDS) {
    for (const word of foldedWords(document[field])) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
      length++;
    }
  }
  return { counts, inHeadline: new Set(foldedWords(document.headline)), length };
}

/**
 * The library's search index: postings in typed arrays, words in a sorted array (see docs/PERFORMANCE.md,
 * "Choosing a search engine"). A save indexes the story under a new ordinal and marks the old one dead, so its
 * cost depends on the story alone; dead entries are dropped when recent postings grow large and on writing.
 */
export class CompactIndexEngine implements SearchEngine {
  private readonly scratch = new QueryScratch();
  private readonly trashed = new Set<string>();

  constructor(private parts: IndexParts) {}

  get size(): number {
    return this.parts.documents.aliveCount;
  }

  has(id: string): boolean {
    return this.parts.documents.ordinalOf(id) !== undefined;
  }

  add(document: SearchDocument): void {
    this.parts.documents.kill(document.id);
    if (this.parts.documents.issued + 1 >= MAX_ORDINALS) this.compact();
    const { counts, inHeadline, length } = countWords(document);
    const { documents, dictionary, postings } = this.parts;
    const ordinal = documents.append(document.id, length, this.trashed.has(document.id));
    for (const [word, count] of counts) {
      postings.add(dictionary.intern(word), postingEntry(ordinal, count, inHeadline.has(word)));
    }
    const recent = postings.recentCount;
    if (
      recent > RECENT_FLOOR_BEFORE_COMPACTING &&
      recent > postings.compactedCount * RECENT_SHARE_BEFORE_COMPACTING
    ) {
      this.compact();
    }
  }

  remove(id: string): void {
    this.parts.documents.kill(id);
    this.trashed.delete(id);
  }

  setTrashed(ids: readonly string[], trashed: boolean): void {
    for (const id of ids) {
      if (trashed) this.trashed.add(id);
      else this.trashed.delete(id);
      this.parts.documents.setInTrash(id, trashed);
    }
  }

  search(text: string, limit: number, view?: SearchView): SearchHits {
    const plans = planQuery(this.parts.dictionary, (termId) => isHeldByLivingStory(this.parts, termId), text);
    if (plans.length === 0 || plans.some((plan) => plan.expansions.length === 0)) return noHits();
    const { documents, postings } = this.parts;
    const { ordinals, scores } = scoreQuery(plans, documents, postings, this.scratch, view);
    const ranked = rankByScore(scores, limit);
    const hits: SearchHits = {
      ids: new Array<string>(ranked.length),
      scores: new Float64Array(ranked.length),
      terms: [...new Set(plans.flatMap((plan) => plan.highlights))],
      total: ordinals.length,
    };
    ranked.forEach((position, at) => {
      hits.ids[at] = documents.idAt(ordinals[position]!);
      hits.scores[at] = scores[position]!;
    });
    return hits;
  }

  serialize(): Uint8Array {
    this.compact();
    return encodeIndex(this.parts);
  }

  private compact(): void {
    this.parts = compactIndex(this.parts);
  }
}
