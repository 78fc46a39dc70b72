import type { StorySummary } from '@shared/story/story';
import type { CatalogEntry } from './CatalogEntry';
import type { EntryComparator } from './compareEntries';

/** A cheap order close to the exact one: lower-cased text compared by code units, ascending (1) or not (-1). */
export interface ApproximateOrder {
  textOf: (summary: StorySummary) => string;
  sign: 1 | -1;
}

/**
 * Entries kept in one order as they change, so a page of a 100,000-story library costs a slice, not a sort.
 * Entries are shifted in a plain loop: splice and copyWithin on a 100,000-entry array cost 1-4 ms in V8.
 */
export class SortedEntries {
  private readonly entries: CatalogEntry[];

  /**
   * Sorting once is what keeps building fast; inserting one by one would be quadratic. With `approximate` the
   * entries are first sorted by their lower-cased text (cheap code-unit comparisons), which leaves the
   * collator's sort mostly runs to merge: about a third of the collator calls of a sort from scratch.
   */
  constructor(
    private readonly compare: EntryComparator,
    entries: CatalogEntry[],
    approximate?: ApproximateOrder,
  ) {
    this.entries = approximate ? presorted(entries, approximate) : entries;
    this.entries.sort(compare);
  }

  get size(): number {
    return this.entries.length;
  }

  insert(entry: CatalogEntry): void {
    const to = this.positionOf(entry);
    this.entries.push(entry);
    this.shift(this.entries.length - 1, to, entry);
  }

  /** Replaces `previous` by `next`; an autosave of the newest story stays in place and costs a binary search. */
  replace(previous: CatalogEntry, next: CatalogEntry): void {
    const from = this.indexOf(previous);
    if (from < 0) return this.insert(next);
    const position = this.positionOf(next);
    this.shift(from, position > from ? position - 1 : position, next);
  }

  remove(entry: CatalogEntry): void {
    const at = this.indexOf(entry);
    if (at < 0) return;
    this.shift(at, this.entries.length - 1, this.entries[at]!);
    this.entries.pop();
  }

  slice(offset: number, limit: number): StorySummary[] {
    return this.entries.slice(offset, offset + limit).map((entry) => entry.summary);
  }

  /** The entries in order; not to be changed by the caller. */
  all(): readonly CatalogEntry[] {
    return this.entries;
  }

  /** Moves the entry at `from` to `to`, shifting those in between by one, and stores `entry` there. */
  private shift(from: number, to: number, entry: CatalogEntry): void {
    const entries = this.entries;
    for (let at = from; at > to; at--) entries[at] = entries[at - 1]!;
    for (let at = from; at < to; at++) entries[at] = entries[at + 1]!;
    entries[to] = entry;
  }

  private indexOf(entry: CatalogEntry): number {
    const at = this.positionOf(entry);
    return this.entries[at]?.summary.id === entry.summary.id ? at : -1;
  }

  /** The first position whose entry does not come before `entry`. */
  private positionOf(entry: CatalogEntry): number {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(this.entries[middle]!, entry) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** Stable, so entries given newest first stay so among equal texts, as the exact order's tie-break wants. */
function presorted(entries: CatalogEntry[], { textOf, sign }: ApproximateOrder): CatalogEntry[] {
  const keyed = entries.map((entry) => ({ entry, text: textOf(entry.summary).toLowerCase() }));
  keyed.sort((a, b) => (a.text < b.text ? -sign : a.text > b.text ? sign : 0));
  return keyed.map((item) => item.entry);
}
