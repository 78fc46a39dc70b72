import { join } from 'node:path';
import type { SearchState } from '@shared/contract/querySchemas';
import type { Story } from '@shared/story/story';
import { noHits } from './SearchEngine';
import type { SearchEngineKind, SearchHits, SearchView } from './SearchEngine';
import { planReindex } from './planReindex';
import type { IndexedRevision } from './planReindex';
import { defaultRunner } from './runner/defaultRunner';
import type { SearchChannel, SearchRunner } from './runner/SearchRunner';
import { searchDocumentOf } from './searchDocumentOf';
import type { IndexedDocument } from './worker/protocol';
import { unpackHits } from './worker/packedHits';

/** A story as the library lists it when the index starts: which revision, and whether it is in the trash. */
export type LibraryEntry = IndexedRevision & { trashedAt?: string | null };

export interface SearchServiceOptions {
  /** The library's folder; the index lives in its `search/` folder. */
  library: string;
  engine: SearchEngineKind;
  /** Reads a story file for a rebuild; a story that cannot be read is left out of the index. */
  readStory: (id: string) => Promise<Story>;
  /** Where the engine runs; by default the built worker thread, or this thread when run from the sources. */
  runner?: SearchRunner;
  /** How long after the last change the index is written. */
  persistDelayMs?: number;
  /**
   * Changes (saves, removals) that make the index worth writing before the library closes. Each write is the
   * whole index (over 100 MB at 100,000 stories), while a story changed since the last write only costs its
   * re-indexing on the next start, so routine saves are let to pile up. Default 100.
   */
  persistAfterChanges?: number;
  /** Stories read and sent to the index at a time during a rebuild. */
  batchSize?: number;
  /** Told when the index could not be written (the old file stays) or could not be built. */
  onError?: (error: Error) => void;
}

export const SEARCH_INDEX_FILE = join('search', 'index.dat');
const DEFAULT_PERSIST_DELAY_MS = 2000;
const DEFAULT_BATCH_SIZE = 100;
const DEFAULT_PERSIST_AFTER_CHANGES = 100;

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/**
 * The library's full-text index: kept in a worker thread, updated on every change, written beside the library
 * a little after the last change, and on start-up loaded and brought up to date rather than rebuilt.
 */
export class SearchService {
  private readonly channel: SearchChannel;
  private progress: SearchState = { state: 'building', done: 0, total: 0 };
  private started: Promise<void> | undefined;
  private persistTimer: NodeJS.Timeout | undefined;
  private dirty = false;
  /** Which stories are in the trash: told to every index this service opens. */
  private readonly trashed = new Set<string>();
  private changesSinceWrite = 0;
  private persisting: Promise<void> = Promise.resolve();
  private lastPersistError: Error | undefined;
  private closed = false;

  constructor(private readonly options: SearchServiceOptions) {
    const runner = options.runner ?? defaultRunner();
    this.channel = runner(
      { engine: options.engine.name, indexFile: join(options.library, SEARCH_INDEX_FILE) },
      options.engine,
    );
  }

  state(): SearchState {
    return { ...this.progress };
  }

  /** The last write of the index that failed, until one succeeds. */
  persistError(): Error | undefined {
    return this.lastPersistError;
  }

  /**
   * Loads the persisted index and re-indexes what changed since, or rebuilds it from the story files. Resolves
   * when search is ready or has failed (see `state()`); never rejects, so it can run in the background.
   */
  start(library: Iterable<LibraryEntry>): Promise<void> {
    this.started ??= this.bringUpToDate([...library]).catch((error: unknown) => {
      this.progress = { ...this.progress, state: 'failed' };
      // Closing the library while the index is still being built stops the build: that is no failure.
      if (!this.closed) this.options.onError?.(asError(error));
    });
    return this.started;
  }

  private async bringUpToDate(library: LibraryEntry[]): Promise<void> {
    for (const { id, trashedAt } of library) if (trashedAt) this.trashed.add(id);
    const opened = await this.channel.request({ op: 'open' });
    const plan = planReindex(opened.loaded ? opened.revisions : {}, library);
    if (plan.gone.length > 0) {
      await this.channel.request({ op: 'remove', ids: plan.gone });
      this.dirty = true;
    }
    this.progress = { state: 'building', done: 0, total: plan.stale.length };
    await this.reindex(plan.stale);
    // Also whatever was trashed or restored before the index was open: the loaded index replaced that.
    if (this.trashed.size > 0)
      await this.channel.request({ op: 'trash', ids: [...this.trashed], trashed: true });
    if (!opened.loaded || plan.stale.length > 0) this.dirty = true;
    if (this.dirty) this.schedulePersist();
    const size = library.length;
    this.progress = { state: 'ready', done: size, total: size };
  }

  /** Reads the next batch while the worker indexes the one before, so neither waits for the other. */
  private async reindex(ids: readonly string[]): Promise<void> {
    const batchSize = this.options.batchSize ?? DEFAULT_BATCH_SIZE;
    let indexing: Promise<unknown> = Promise.resolve();
    for (let from = 0; from < ids.length; from += batchSize) {
      const batch = ids.slice(from, from + batchSize);
      const documents = await this.readDocuments(batch);
      await indexing;
      if (this.closed) return;
      indexing = this.channel.request({ op: 'add', documents }).then(() => {
        this.progress = { ...this.progress, done: this.progress.done + batch.length };
      });
    }
    await indexing;
  }

  private async readDocuments(ids: readonly string[]): Promise<IndexedDocument[]> {
    const stories = await Promise.all(ids.map((id) => this.options.readStory(id).catch(() => undefined)));
    return stories
      .filter((story): story is Story => story !== undefined)
      .map((story) => ({ document: searchDocumentOf(story), revision: story.revision }));
  }

  /** Indexes the story as saved, replacing what was indexed for it. */
  async upsert(story: Story): Promise<void> {
    await this.update({
      op: 'add',
      documents: [{ document: searchDocumentOf(story), revision: story.revision }],
    });
  }

  async remove(id: string): Promise<void> {
    this.trashed.delete(id);
    await this.update({ op: 'remove', ids: [id] });
  }

  /** Moves stories between the views a search can ask for; the index's text is untouched. */
  async setTrashed(ids: readonly string[], trashed: boolean): Promise<void> {
    for (const id of ids) {
      if (trashed) this.trashed.add(id);
      else this.trashed.delete(id);
    }
    if (this.closed) return;
    await this.channel.request({ op: 'trash', ids: [...ids], trashed });
  }

  private async update(
    request: { op: 'add'; documents: IndexedDocument[] } | { op: 'remove'; ids: string[] },
  ) {
    if (this.closed) return;
    await this.channel.request(request);
    this.dirty = true;
    this.changesSinceWrite++;
    if (this.changesSinceWrite >= (this.options.persistAfterChanges ?? DEFAULT_PERSIST_AFTER_CHANGES)) {
      this.schedulePersist();
    }
  }

  /** Best first, of `view` or of both; nothing until the index is ready. */
  async search(text: string, limit: number, view?: SearchView): Promise<SearchHits> {
    if (this.progress.state !== 'ready' || this.closed || text.trim() === '') return noHits();
    return unpackHits(await this.channel.request({ op: 'search', text, limit, view }));
  }

  private schedulePersist(): void {
    if (this.closed) return;
    clearTimeout(this.persistTimer);
    this.persistTimer = setTimeout(
      () => void this.flush(),
      this.options.persistDelayMs ?? DEFAULT_PERSIST_DELAY_MS,
    );
    this.persistTimer.unref();
  }

  /** Writes the index now if it changed since it was last written. */
  flush(): Promise<void> {
    clearTimeout(this.persistTimer);
    this.persistTimer = undefined;
    this.persisting = this.persisting.then(() => this.persistIfDirty());
    return this.persisting;
  }

  // Failures are reported, never thrown: the old file stays whole, and what it misses is re-indexed on start-up.
  private async persistIfDirty(): Promise<void> {
    if (!this.dirty || this.progress.state !== 'ready') return;
    this.dirty = false;
    const written = this.changesSinceWrite;
    this.changesSinceWrite = 0;
    try {
      await this.channel.request({ op: 'persist' });
      this.lastPersistError = undefined;
    } catch (error) {
      this.dirty = true;
      this.changesSinceWrite += written;
      this.lastPersistError = asError(error);
      this.options.onError?.(this.lastPersistError);
    }
  }

  /** Writes what is pending and stops the worker. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.flush();
    this.closed = true;
    clearTimeout(this.persistTimer);
    await this.channel.close();
    await this.started;
  }
}
