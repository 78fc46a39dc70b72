import type { LibraryFacets } from '@shared/contract/querySchemas';
import type { LibraryStatus, RevisionSummary, StoryPage } from '@shared/contract/schemas';
import type { Story, StoryDraft, StorySummary } from '@shared/story/story';
import type { CatalogPage, CatalogQuery, LibraryView } from '../library/catalog/CatalogQuery';
import type { ListQuery, StoryRepository } from '../library/StoryRepository';
import type { SearchService } from './SearchService';

/** What the repository needs of the search service, so tests can watch it. */
export type SearchIndexUpdates = Pick<SearchService, 'upsert' | 'remove' | 'setTrashed'> &
  Partial<Pick<SearchService, 'close'>>;

/**
 * The library with its search index kept up to date: every change that alters a story's text is sent to the
 * index once it is on disk. A failed index update never fails the change itself; the index catches up on
 * the next start-up, which compares revisions.
 */
export class SearchingRepository implements StoryRepository {
  constructor(
    private readonly library: StoryRepository,
    private readonly search: SearchIndexUpdates,
    private readonly onIndexError: (error: unknown) => void = () => undefined,
  ) {}

  private async indexed(story: Promise<Story>): Promise<Story> {
    const saved = await story;
    await this.search.upsert(saved).catch(this.onIndexError);
    return saved;
  }

  create(draft: Partial<StoryDraft>): Promise<Story> {
    return this.indexed(this.library.create(draft));
  }

  get(id: string): Promise<Story> {
    return this.library.get(id);
  }

  save(id: string, baseRevision: number, draft: StoryDraft): Promise<Story> {
    return this.indexed(this.library.save(id, baseRevision, draft));
  }

  list(query: ListQuery): Promise<StoryPage> {
    return this.library.list(query);
  }

  query(query: CatalogQuery): Promise<CatalogPage> {
    return this.library.query(query);
  }

  facets(view: LibraryView): Promise<LibraryFacets> {
    return this.library.facets(view);
  }

  summaries(): Promise<StorySummary[]> {
    return this.library.summaries();
  }

  duplicate(id: string): Promise<Story> {
    return this.indexed(this.library.duplicate(id));
  }

  // Trashed stories stay indexed, moved to the trash view, so a restore finds them again at once.
  async trash(id: string): Promise<StorySummary> {
    const summary = await this.library.trash(id);
    await this.search.setTrashed([id], true).catch(this.onIndexError);
    return summary;
  }

  async restore(id: string): Promise<StorySummary> {
    const summary = await this.library.restore(id);
    await this.search.setTrashed([id], false).catch(this.onIndexError);
    return summary;
  }

  async purge(id: string): Promise<void> {
    await this.library.purge(id);
    await this.search.remove(id).catch(this.onIndexError);
  }

  listRevisions(id: string): Promise<RevisionSummary[]> {
    return this.library.listRevisions(id);
  }

  getRevision(id: string, revision: number): Promise<Story> {
    return this.library.getRevision(id, revision);
  }

  restoreRevision(id: string, revision: number, baseRevision: number): Promise<Story> {
    return this.indexed(this.library.restoreRevision(id, revision, baseRevision));
  }

  status(): LibraryStatus {
    return this.library.status();
  }

  /** Closes the library, then writes what the index has pending and stops it. */
  async close(): Promise<void> {
    await this.library.close();
    await this.search.close?.();
  }
}
