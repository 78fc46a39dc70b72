import { bucketKey, nearBucketKeys } from '../nearBuckets';
import { boundedEditDistance } from '../nearestWord';
import { letterMask, mayBeWithin } from './letterMask';

export interface FuzzyTerm {
  id: number;
  edits: number;
}

/** The first index in `sorted` whose term is not below `term` (code-unit order, as Array#sort orders). */
function lowerBound(sorted: readonly string[], term: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < term) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Every indexed word and its id. The words loaded from disk are one sorted array (an id is its position), so
 * loading needs no map or tree and a prefix is a binary search; words first seen since then are kept apart
 * until the next compaction sorts them in.
 */
export class TermDictionary {
  private readonly addedIds = new Map<string, number>();
  /** Sorted when next needed, not per word: a rebuild from nothing adds every word of the library here. */
  private readonly addedSorted: string[] = [];
  private addedSortedStale = false;
  private readonly addedTerms: string[] = [];
  /** Terms by length and first letter, built on the first typo, so a typo is compared with few words. */
  private buckets: Map<string, number[]> | undefined;
  private masks = new Uint32Array(0);

  constructor(private readonly frozen: readonly string[] = []) {}

  get size(): number {
    return this.frozen.length + this.addedTerms.length;
  }

  idOf(term: string): number | undefined {
    const at = lowerBound(this.frozen, term);
    if (this.frozen[at] === term) return at;
    return this.addedIds.get(term);
  }

  intern(term: string): number {
    const known = this.idOf(term);
    if (known !== undefined) return known;
    const id = this.size;
    this.addedIds.set(term, id);
    this.addedTerms.push(term);
    this.addedSorted.push(term);
    this.addedSortedStale = true;
    if (this.buckets) this.addToBucket(term, id);
    return id;
  }

  termOf(id: number): string {
    return id < this.frozen.length ? this.frozen[id]! : this.addedTerms[id - this.frozen.length]!;
  }

  /** The ids of every term starting with `prefix`, the term itself included. */
  prefixIds(prefix: string): number[] {
    const ids: number[] = [];
    for (let at = lowerBound(this.frozen, prefix); at < this.frozen.length; at++) {
      if (!this.frozen[at]!.startsWith(prefix)) break;
      ids.push(at);
    }
    const added = this.sortedAdded();
    for (let at = lowerBound(added, prefix); at < added.length; at++) {
      const term = added[at]!;
      if (!term.startsWith(prefix)) break;
      ids.push(this.addedIds.get(term)!);
    }
    return ids;
  }

  /**
   * Terms within `maxEdits` of `word` (insertions, deletions, substitutions, swapped neighbours), from the
   * buckets that can hold one (see nearBuckets).
   */
  fuzzyIds(word: string, maxEdits: number): FuzzyTerm[] {
    const buckets = (this.buckets ??= this.bucketAll());
    const mask = letterMask(word);
    const found: FuzzyTerm[] = [];
    for (const key of nearBucketKeys(word, maxEdits)) {
      for (const id of buckets.get(key) ?? []) {
        if (!mayBeWithin(mask, this.masks[id]!, maxEdits)) continue;
        const edits = boundedEditDistance(word, this.termOf(id), maxEdits);
        if (edits <= maxEdits) found.push({ id, edits });
      }
    }
    return found;
  }

  /** Every id, in the terms' sorted order: the order a compaction writes them in. */
  sortedIds(): number[] {
    const ids: number[] = [];
    let frozenAt = 0;
    for (const term of this.sortedAdded()) {
      while (frozenAt < this.frozen.length && this.frozen[frozenAt]! < term) ids.push(frozenAt++);
      ids.push(this.addedIds.get(term)!);
    }
    while (frozenAt < this.frozen.length) ids.push(frozenAt++);
    return ids;
  }

  private sortedAdded(): readonly string[] {
    if (this.addedSortedStale) this.addedSorted.sort();
    this.addedSortedStale = false;
    return this.addedSorted;
  }

  private bucketAll(): Map<string, number[]> {
    this.buckets = new Map();
    this.masks = new Uint32Array(this.size * 2);
    for (let id = 0; id < this.size; id++) this.addToBucket(this.termOf(id), id);
    return this.buckets;
  }

  private addToBucket(term: string, id: number): void {
    if (id >= this.masks.length) {
      const masks = new Uint32Array((id + 1) * 2);
      masks.set(this.masks);
      this.masks = masks;
    }
    this.masks[id] = letterMask(term);
    const key = bucketKey(term);
    const bucket = this.buckets!.get(key);
    if (bucket) bucket.push(id);
    else this.buckets!.set(key, [id]);
  }
}
