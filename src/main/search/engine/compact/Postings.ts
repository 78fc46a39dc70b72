/**
 * Each term's postings (see postingEntry): those loaded or last compacted in one flat array, term `t` owning
 * `entries[starts[t]..starts[t + 1])`, and those added since in a small list per term. New ordinals are
 * always higher than compacted ones, so a term's entries stay in ordinal order across both.
 */
export class Postings {
  private readonly recent = new Map<number, number[]>();
  private recentTotal = 0;

  constructor(
    readonly starts: Uint32Array = new Uint32Array(1),
    readonly entries: Uint32Array = new Uint32Array(0),
  ) {}

  /** Terms the flat array covers; ids from here on have only recent entries. */
  get compactedTerms(): number {
    return this.starts.length - 1;
  }

  get compactedCount(): number {
    return this.entries.length;
  }

  get recentCount(): number {
    return this.recentTotal;
  }

  add(termId: number, entry: number): void {
    const list = this.recent.get(termId);
    if (list) list.push(entry);
    else this.recent.set(termId, [entry]);
    this.recentTotal++;
  }

  /** Entries of `termId`, dead stories' included. */
  count(termId: number): number {
    return this.compactedLength(termId) + (this.recent.get(termId)?.length ?? 0);
  }

  compactedFrom(termId: number): number {
    return termId < this.compactedTerms ? this.starts[termId]! : 0;
  }

  compactedLength(termId: number): number {
    return termId < this.compactedTerms ? this.starts[termId + 1]! - this.starts[termId]! : 0;
  }

  recentOf(termId: number): readonly number[] {
    return this.recent.get(termId) ?? [];
  }
}
