import {
  NO_FILTERS,
  type StoryFilters,
  type StoryQuery,
  type StorySortKey,
} from '@shared/contract/querySchemas';
import type { LibraryView } from '../libraryView';

export type SortDirection = 'asc' | 'desc';
export type ColumnSort = { key: Exclude<StorySortKey, 'relevance'>; direction: SortDirection };

/** What the writer asked the library for; the view keeps it while a story is open. */
export interface LibraryQueryState {
  text: string;
  filters: StoryFilters;
  /** The column the writer picked, or null for the default order. */
  sort: ColumnSort | null;
}

export const INITIAL_QUERY: LibraryQueryState = { text: '', filters: NO_FILTERS, sort: null };

const NEWEST_FIRST: ColumnSort = { key: 'updatedAt', direction: 'desc' };

/** Best matches first while there are search words, unless the writer picked a column. */
export function effectiveSort(state: LibraryQueryState, text: string): StoryQuery['sort'] {
  if (state.sort) return state.sort;
  return text.trim() === '' ? NEWEST_FIRST : { key: 'relevance', direction: 'desc' };
}

/** Numbers and times read best largest first; words alphabetically. */
const STARTS_DESCENDING: ReadonlySet<StorySortKey> = new Set(['updatedAt', 'wordCount']);

/** A click on a column sorts by it; a second click reverses it. */
export function nextSort(current: StoryQuery['sort'], key: ColumnSort['key']): ColumnSort {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { key, direction: STARTS_DESCENDING.has(key) ? 'desc' : 'asc' };
}

export function hasFilters(filters: StoryFilters): boolean {
  return JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
}

export type QueryWithoutPage = Omit<StoryQuery, 'offset' | 'limit'>;

export function queryOf(view: LibraryView, state: LibraryQueryState, text: string): QueryWithoutPage {
  return { view, text: text.trim(), filters: state.filters, sort: effectiveSort(state, text) };
}
