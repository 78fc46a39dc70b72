import type { SearchHits, SearchView } from '../SearchEngine';

/**
 * Which stories are in the trash, for the library adapters, which can only narrow their answers to a view after
 * ranking every match (the compact index keeps a flag per story instead).
 */
export class TrashedStories {
  private readonly ids = new Set<string>();

  set(ids: readonly string[], trashed: boolean): void {
    for (const id of ids) {
      if (trashed) this.ids.add(id);
      else this.ids.delete(id);
    }
  }

  forget(id: string): void {
    this.ids.delete(id);
  }

  /** `ranked` (best first) narrowed to `view`, cut to `limit`, with how many there were before the cut. */
  narrow(
    ranked: readonly { id: string; score: number }[],
    terms: string[],
    limit: number,
    view?: SearchView,
  ): SearchHits {
    const inView =
      view === undefined ? ranked : ranked.filter(({ id }) => this.ids.has(id) === (view === 'trash'));
    const kept = inView.slice(0, limit);
    return {
      ids: kept.map(({ id }) => id),
      scores: Float64Array.from(kept, ({ score }) => score),
      terms,
      total: inView.length,
    };
  }
}
