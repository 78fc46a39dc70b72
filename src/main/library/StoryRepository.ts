import type { LibraryStatus, RevisionSummary, StoryPage } from '@shared/contract/schemas';
import type { LibraryFacets } from '@shared/contract/querySchemas';
import type { Story, StoryDraft, StorySummary } from '@shared/story/story';
import type { CatalogPage, CatalogQuery, LibraryView } from './catalog/CatalogQuery';

export interface ListQuery {
  view: 'active' | 'trash';
  offset: number;
  limit: number;
}

/**
 * The story library. Every method either completes or leaves the disk as it was;
 * expected failures throw LibraryError ('not-found', 'conflict', 'storage').
 */
export interface StoryRepository {
  create(draft: Partial<StoryDraft>): Promise<Story>;
  get(id: string): Promise<Story>;
  /** Refused with 'conflict' when baseRevision is not the story's current revision. */
  save(id: string, baseRevision: number, draft: StoryDraft): Promise<Story>;
  list(query: ListQuery): Promise<StoryPage>;
  /** A page of the view's summaries, filtered and sorted; `onlyIds` narrows it to search hits. */
  query(query: CatalogQuery): Promise<CatalogPage>;
  /** The sections, keywords and byline names used in the view, alphabetical. */
  facets(view: LibraryView): Promise<LibraryFacets>;
  /** Every story's summary, active and trashed, for building a search index. */
  summaries(): Promise<StorySummary[]>;
  duplicate(id: string): Promise<Story>;
  trash(id: string): Promise<StorySummary>;
  restore(id: string): Promise<StorySummary>;
  /** Deletes for good; only a story already in the trash can be purged. */
  purge(id: string): Promise<void>;
  listRevisions(id: string): Promise<RevisionSummary[]>;
  getRevision(id: string, revision: number): Promise<Story>;
  restoreRevision(id: string, revision: number, baseRevision: number): Promise<Story>;
  status(): LibraryStatus;
  /** Flushes pending index work; the repository is unusable afterwards. */
  close(): Promise<void>;
}
