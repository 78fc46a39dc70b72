export interface IndexedRevision {
  id: string;
  revision: number;
}

export interface ReindexPlan {
  /** Stories missing from the index or changed since it was written, to read and index again. */
  stale: string[];
  /** Stories the index holds that the library no longer has. */
  gone: string[];
}

/** What start-up must redo so the persisted index matches the library, without re-reading what did not change. */
export function planReindex(
  indexed: Readonly<Record<string, number>>,
  library: Iterable<IndexedRevision>,
): ReindexPlan {
  const stale: string[] = [];
  const present = new Set<string>();
  for (const { id, revision } of library) {
    present.add(id);
    if (indexed[id] !== revision) stale.push(id);
  }
  const gone = Object.keys(indexed).filter((id) => !present.has(id));
  return { stale, gone };
}
