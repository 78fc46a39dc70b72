import type { CatalogEntry } from './CatalogEntry';
import type { CatalogPage } from './CatalogQuery';
import type { EntryFilter } from './entryFilter';

/** The entries of `ordered` that pass `test`: how many, and those from `offset` on, at most `limit`. */
export function pageOf(
  ordered: readonly CatalogEntry[],
  test: EntryFilter,
  offset: number,
  limit: number,
): CatalogPage {
  const end = offset + limit;
  const items = [];
  let total = 0;
  for (const entry of ordered) {
    if (!test(entry)) continue;
    if (total >= offset && total < end) items.push(entry.summary);
    total++;
  }
  return { total, items };
}
