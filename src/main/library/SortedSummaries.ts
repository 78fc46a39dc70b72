import type { StorySummary } from '@shared/story/story';

interface Entry {
  time: number;
  summary: StorySummary;
}

/** Newest first; equal times fall back to id order so paging is stable. */
function comesBefore(a: Entry, b: Entry): boolean {
  if (a.time !== b.time) return a.time > b.time;
  return a.summary.id < b.summary.id;
}

function entryOf(summary: StorySummary): Entry {
  return { time: Date.parse(summary.updatedAt), summary };
}

/**
 * Summaries kept in list order as they change, so a page of a 100,000-story library costs a slice, not a sort.
 * Entries are shifted in a plain loop: splice and copyWithin on a 100,000-entry array cost 1-4 ms in V8.
 */
export class SortedSummaries {
  private readonly entries: Entry[];

  /** Sorting once is what keeps opening a large library fast; inserting one by one would be quadratic. */
  constructor(summaries: StorySummary[] = []) {
    this.entries = summaries.map(entryOf).sort((a, b) => (comesBefore(a, b) ? -1 : 1));
  }

  get size(): number {
    return this.entries.length;
  }

  insert(summary: StorySummary): void {
    const entry = entryOf(summary);
    const to = this.positionOf(entry);
    this.entries.push(entry);
    this.shift(this.entries.length - 1, to, entry);
  }

  /** Replaces `previous` by `next`; an autosave of the newest story stays in place and costs a binary search. */
  replace(previous: StorySummary, next: StorySummary): void {
    const from = this.indexOf(previous);
    if (from < 0) return this.insert(next);
    const entry = entryOf(next);
    const position = this.positionOf(entry);
    this.shift(from, position > from ? position - 1 : position, entry);
  }

  remove(summary: StorySummary): void {
    const at = this.indexOf(summary);
    if (at < 0) return;
    this.shift(at, this.entries.length - 1, this.entries[at]!);
    this.entries.pop();
  }

  slice(offset: number, limit: number): StorySummary[] {
    return this.entries.slice(offset, offset + limit).map((entry) => entry.summary);
  }

  /** Moves the entry at `from` to `to`, shifting those in between by one, and stores `entry` there. */
  private shift(from: number, to: number, entry: Entry): void {
    const entries = this.entries;
    for (let at = from; at > to; at--) entries[at] = entries[at - 1]!;
    for (let at = from; at < to; at++) entries[at] = entries[at + 1]!;
    entries[to] = entry;
  }

  private indexOf(summary: StorySummary): number {
    const at = this.positionOf(entryOf(summary));
    return this.entries[at]?.summary.id === summary.id ? at : -1;
  }

  /** The first position whose entry does not come before `entry`. */
  private positionOf(entry: Entry): number {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (comesBefore(this.entries[middle]!, entry)) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
