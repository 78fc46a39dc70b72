import type { LibraryFacets } from '@shared/contract/querySchemas';
import type { LibraryStatus, RevisionSummary, StoryPage } from '@shared/contract/schemas';
import type { Story, StoryDraft, StorySummary } from '@shared/story/story';
import type { CatalogPage, CatalogQuery, LibraryView } from './catalog/CatalogQuery';
import type { LibraryHead } from './head/LibraryHead';
import { LibraryError } from './LibraryError';
import type { ListQuery, StoryRepository } from './StoryRepository';

/**
 * The library while its full index loads: the first page comes from the head when the head can answer it
 * exactly, and everything else waits for the full library, then goes to it. Once loaded, the head is dropped:
 * from then on changes are possible and only the full catalog knows them.
 */
export class OpeningLibrary implements StoryRepository {
  private head: LibraryHead | undefined;
  private full: StoryRepository | undefined;
  private closed = false;

  constructor(
    head: LibraryHead | undefined,
    private readonly loading: Promise<StoryRepository>,
  ) {
    this.head = head;
    loading.then(
      (library) => {
        this.full = library;
        this.head = undefined;
      },
      () => undefined,
    );
  }

  create(draft: Partial<StoryDraft>): Promise<Story> {
    return this.loaded().then((library) => library.create(draft));
  }

  get(id: string): Promise<Story> {
    return this.loaded().then((library) => library.get(id));
  }

  save(id: string, baseRevision: number, draft: StoryDraft): Promise<Story> {
    return this.loaded().then((library) => library.save(id, baseRevision, draft));
  }

  async list(query: ListQuery): Promise<StoryPage> {
    return this.fromHead((head) => head.list(query)) ?? (await this.loaded()).list(query);
  }

  async query(query: CatalogQuery): Promise<CatalogPage> {
    return this.fromHead((head) => head.query(query)) ?? (await this.loaded()).query(query);
  }

  facets(view: LibraryView): Promise<LibraryFacets> {
    return this.loaded().then((library) => library.facets(view));
  }

  summaries(): Promise<StorySummary[]> {
    return this.loaded().then((library) => library.summaries());
  }

  duplicate(id: string): Promise<Story> {
    return this.loaded().then((library) => library.duplicate(id));
  }

  trash(id: string): Promise<StorySummary> {
    return this.loaded().then((library) => library.trash(id));
  }

  restore(id: string): Promise<StorySummary> {
    return this.loaded().then((library) => library.restore(id));
  }

  purge(id: string): Promise<void> {
    return this.loaded().then((library) => library.purge(id));
  }

  listRevisions(id: string): Promise<RevisionSummary[]> {
    return this.loaded().then((library) => library.listRevisions(id));
  }

  getRevision(id: string, revision: number): Promise<Story> {
    return this.loaded().then((library) => library.getRevision(id, revision));
  }

  restoreRevision(id: string, revision: number, baseRevision: number): Promise<Story> {
    return this.loaded().then((library) => library.restoreRevision(id, revision, baseRevision));
  }

  /** Synchronous by contract, so before the load only a head can say; callers that must know wait for it. */
  status(): LibraryStatus {
    if (this.full) return this.full.status();
    if (this.head) return this.head.status();
    throw new LibraryError('storage', 'The story library is still opening; try again in a moment.');
  }

  /** Waits for the load, which cannot be cut short; a load that failed leaves nothing to close. */
  async close(): Promise<void> {
    this.closed = true;
    this.head = undefined;
    const library = await this.loading.catch(() => undefined);
    await library?.close();
  }

  private fromHead<T>(answer: (head: LibraryHead) => T | undefined): T | undefined {
    if (this.closed || !this.head) return undefined;
    return answer(this.head);
  }

  private async loaded(): Promise<StoryRepository> {
    if (this.closed) throw new LibraryError('storage', 'The story library has been closed.');
    return this.full ?? this.loading;
  }
}
