import type { LibraryFacets } from '@shared/contract/querySchemas';
import type { LibraryStatus, RevisionSummary, StoryPage } from '@shared/contract/schemas';
import { draftOf } from '@shared/story/draftOf';
import { newDraft } from '@shared/story/newDraft';
import { summarize } from '@shared/story/summarize';
import type { Story, StoryDraft, StorySummary } from '@shared/story/story';
import type { CatalogPage, CatalogQuery, LibraryView } from './catalog/CatalogQuery';
import { composeStory, recordOf } from './composeStory';
import type { IndexStore } from './IndexStore';
import { KeyedQueue } from './KeyedQueue';
import { LibraryError } from './LibraryError';
import { requireStoryId } from './libraryLayout';
import type { LibraryLayout } from './libraryLayout';
import type { Quarantine } from './quarantine';
import type { RevisionStore } from './RevisionStore';
import type { StoryIndex } from './StoryIndex';
import { capitalize, describeStory } from './storyMessages';
import type { StoryReader } from './StoryReader';
import type { ListQuery, StoryRepository } from './StoryRepository';
import type { StoryWriter } from './StoryWriter';

export interface RepositoryParts {
  layout: LibraryLayout;
  index: StoryIndex;
  store: IndexStore;
  revisions: RevisionStore;
  quarantine: Quarantine;
  reader: StoryReader;
  writer: StoryWriter;
  now: () => Date;
  newId: () => string;
  indexRebuilt: boolean;
}

const COPY_SUFFIX = ' (copy)';
const MAX_HEADLINE = 500;

/** The story library on disk; docs/PERFORMANCE.md explains its layout. */
export class FileStoryRepository implements StoryRepository {
  /** Per story, so two saves of one story cannot both pass the revision check. */
  private readonly locks = new KeyedQueue();
  private closed = false;

  constructor(private readonly parts: RepositoryParts) {}

  create(draft: Partial<StoryDraft>): Promise<Story> {
    const id = this.parts.newId();
    return this.locked(id, async () => {
      if (this.parts.index.get(id))
        throw new LibraryError('conflict', `A story with the id ${id} already exists.`);
      const now = this.parts.now();
      const time = now.toISOString();
      const record = { id, createdAt: time, updatedAt: time, revision: 1, trashedAt: null };
      const story = composeStory(newDraft(draft), record);
      await this.parts.writer.write(story, 'always', now);
      return story;
    });
  }

  get(id: string): Promise<Story> {
    return this.locked(id, () => this.parts.reader.read(this.summaryOf(id)));
  }

  save(id: string, baseRevision: number, draft: StoryDraft): Promise<Story> {
    return this.locked(id, () => this.replaceContent(this.editable(id, baseRevision), draft));
  }

  async list(query: ListQuery): Promise<StoryPage> {
    this.ensureOpen();
    return this.parts.index.page(query);
  }

  async query(query: CatalogQuery): Promise<CatalogPage> {
    this.ensureOpen();
    return this.parts.index.query(query);
  }

  async facets(view: LibraryView): Promise<LibraryFacets> {
    this.ensureOpen();
    return this.parts.index.facets(view);
  }

  async summaries(): Promise<StorySummary[]> {
    this.ensureOpen();
    return this.parts.index.summaries();
  }

  async duplicate(id: string): Promise<Story> {
    const original = await this.get(id);
    const headline = `${original.headline.slice(0, MAX_HEADLINE - COPY_SUFFIX.length)}${COPY_SUFFIX}`;
    return this.create({ ...draftOf(original), headline, slug: '' });
  }

  trash(id: string): Promise<StorySummary> {
    return this.locked(id, () => this.setTrashedAt(id, this.parts.now().toISOString()));
  }

  restore(id: string): Promise<StorySummary> {
    return this.locked(id, () => this.setTrashedAt(id, null));
  }

  purge(id: string): Promise<void> {
    return this.locked(id, async () => {
      const summary = this.summaryOf(id);
      if (summary.trashedAt === null) {
        throw new LibraryError(
          'conflict',
          `${capitalize(describeStory(summary))} is not in the trash; only a story in the trash can be deleted for good.`,
        );
      }
      await this.parts.writer.remove(summary);
    });
  }

  listRevisions(id: string): Promise<RevisionSummary[]> {
    return this.locked(id, () => {
      this.summaryOf(id);
      return this.parts.revisions.list(id);
    });
  }

  getRevision(id: string, revision: number): Promise<Story> {
    return this.locked(id, () => {
      this.summaryOf(id);
      return this.parts.revisions.get(id, revision);
    });
  }

  restoreRevision(id: string, revision: number, baseRevision: number): Promise<Story> {
    return this.locked(id, async () => {
      const summary = this.editable(id, baseRevision);
      const earlier = await this.parts.revisions.get(id, revision);
      await this.parts.revisions.ensureKept(await this.parts.reader.read(summary));
      return this.replaceContent(summary, draftOf(earlier));
    });
  }

  status(): LibraryStatus {
    const { layout, index, quarantine, indexRebuilt } = this.parts;
    return {
      path: layout.root,
      activeCount: index.activeCount,
      trashCount: index.trashCount,
      quarantined: quarantine.list(),
      indexRebuilt,
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.locks.idle();
    await this.parts.store.close();
  }

  private async locked<T>(id: string, task: () => Promise<T>): Promise<T> {
    this.ensureOpen();
    return this.locks.run(requireStoryId(id), task);
  }

  private ensureOpen(): void {
    if (this.closed) throw new LibraryError('storage', 'The story library has been closed.');
  }

  private summaryOf(id: string): StorySummary {
    const summary = this.parts.index.get(id);
    if (!summary)
      throw new LibraryError('not-found', 'This story does not exist (it may have been deleted).');
    return summary;
  }

  /** The checks a change of content must pass before anything is written. */
  private editable(id: string, baseRevision: number): StorySummary {
    const summary = this.summaryOf(id);
    const name = capitalize(describeStory(summary));
    if (summary.revision !== baseRevision) {
      throw new LibraryError(
        'conflict',
        `${name} was changed elsewhere (it is at revision ${summary.revision}; this edit started from revision ${baseRevision}). Nothing was saved.`,
      );
    }
    if (summary.trashedAt !== null) {
      throw new LibraryError(
        'conflict',
        `${name} is in the trash; restore it before editing. Nothing was saved.`,
      );
    }
    return summary;
  }

  private async replaceContent(summary: StorySummary, draft: StoryDraft): Promise<Story> {
    const now = this.parts.now();
    const record = { ...recordOf(summary), updatedAt: now.toISOString(), revision: summary.revision + 1 };
    const story = composeStory(draft, record);
    await this.parts.writer.write(story, 'if-due', now);
    return story;
  }

  private async setTrashedAt(id: string, trashedAt: string | null): Promise<StorySummary> {
    const summary = this.summaryOf(id);
    const isTrashed = summary.trashedAt !== null;
    if (isTrashed === (trashedAt !== null)) return summary;
    const current = await this.parts.reader.read(summary);
    const story = { ...current, trashedAt, revision: current.revision + 1 };
    await this.parts.writer.write(story, 'never', this.parts.now());
    return summarize(story);
  }
}
