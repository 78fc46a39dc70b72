import type { StoryFilters, StorySortKey } from '@shared/contract/querySchemas';
import type { StorySummary } from '@shared/story/story';

export type LibraryView = 'active' | 'trash';

export interface CatalogSort {
  key: StorySortKey;
  direction: 'asc' | 'desc';
}

export interface CatalogQuery {
  view: LibraryView;
  filters: StoryFilters;
  sort: CatalogSort;
  offset: number;
  limit: number;
  /**
   * Search hits by story id, with their scores: only these stories are listed, and 'relevance' orders them best
   * first. Without it 'relevance' has nothing to rank by and lists newest first.
   */
  onlyIds?: ReadonlyMap<string, number>;
}

export interface CatalogPage {
  total: number;
  items: StorySummary[];
}
