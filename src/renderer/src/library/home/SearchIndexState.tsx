import type { SearchState } from '@shared/contract/querySchemas';

/** The list answers while the index is built; only text search waits for it. */
export function SearchIndexState({ search }: { search: SearchState | undefined }) {
  return (
    <p className="search-index-state" aria-live="polite">
      {search?.state === 'building' &&
        `Search index: building… ${search.done.toLocaleString()} of ${search.total.toLocaleString()}`}
      {search?.state === 'failed' && 'Search index: could not be built; the list still works without search.'}
    </p>
  );
}
