import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ensureDirectory, removeTempFiles, writeFileDurably } from '../../library/durableWrite';
import { isMissingFile } from '../../library/fsErrorReason';
import type { SearchEngine, SearchEngineKind } from '../SearchEngine';
import { packHits } from './packedHits';
import { composeIndexFile, parseIndexFile, SEARCH_INDEX_FORMAT } from '../persistedIndex';
import type {
  IndexedDocument,
  OpenOutcome,
  SearchReplies,
  SearchRequest,
  SearchWorkerInit,
} from './protocol';

/**
 * The search index and its file: everything the worker thread does, runnable in any thread. Requests are
 * answered in the order they come, so an update sent before a search is always visible to it.
 */
export class SearchWorkerCore {
  private engine: SearchEngine;
  private revisions = new Map<string, number>();
  /** Purged this session: an add of one read before its purge must not bring it back. */
  private readonly removed = new Set<string>();

  constructor(
    private readonly init: SearchWorkerInit,
    private readonly kind: SearchEngineKind,
  ) {
    this.engine = kind.create();
  }

  /** Requests run one after another: an add arriving while the file is still being read waits for it. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Writes run one after another too, but searches need not wait for the disk. */
  private writing: Promise<unknown> = Promise.resolve();

  handle(request: SearchRequest): Promise<SearchReplies[keyof SearchReplies]> {
    if (request.op === 'persist') return this.persist();
    const answer = this.queue.then(() => this.run(request));
    this.queue = answer.catch(() => undefined);
    return answer;
  }

  private async run(request: Exclude<SearchRequest, { op: 'persist' }>) {
    switch (request.op) {
      case 'open':
        return this.open();
      case 'add':
        return this.add(request.documents);
      case 'remove':
        return this.remove(request.ids);
      case 'trash':
        this.engine.setTrashed(request.ids, request.trashed);
        return { size: this.engine.size };
      case 'search':
        return packHits(this.engine.search(request.text, request.limit, request.view));
    }
  }

  private async open(): Promise<OpenOutcome> {
    await removeTempFiles(dirname(this.init.indexFile));
    let contents: Uint8Array;
    try {
      contents = await readFile(this.init.indexFile);
    } catch (error) {
      if (isMissingFile(error)) return { loaded: false, reason: 'missing' };
      throw error;
    }
    const parsed = parseIndexFile(contents, this.kind.name);
    if (!parsed.ok) return { loaded: false, reason: parsed.reason };
    try {
      this.engine = this.kind.load(parsed.index.engineBytes);
    } catch {
      return { loaded: false, reason: 'corrupt' };
    }
    this.revisions = new Map(Object.entries(parsed.index.manifest.revisions));
    return { loaded: true, revisions: parsed.index.manifest.revisions };
  }

  private add(documents: readonly IndexedDocument[]): SearchReplies['add'] {
    for (const { document, revision } of documents) {
      if (this.removed.has(document.id)) continue;
      // A story read for a rebuild may arrive after a save of a newer revision; the newer one stays.
      if ((this.revisions.get(document.id) ?? 0) > revision) continue;
      this.engine.add(document);
      this.revisions.set(document.id, revision);
    }
    return { size: this.engine.size };
  }

  private remove(ids: readonly string[]): SearchReplies['remove'] {
    for (const id of ids) {
      this.removed.add(id);
      this.revisions.delete(id);
      if (this.engine.has(id)) this.engine.remove(id);
    }
    return { size: this.engine.size };
  }

  private persist(): Promise<SearchReplies['persist']> {
    const snapshot = this.queue.then(() => this.snapshot());
    this.queue = snapshot.catch(() => undefined);
    const written = Promise.all([snapshot, this.writing]).then(([contents]) => this.write(contents));
    this.writing = written.catch(() => undefined);
    return written;
  }

  /** Taken in one go, so no update can fall between the index and the revisions written beside it. */
  private snapshot(): Uint8Array {
    return composeIndexFile(
      { format: SEARCH_INDEX_FORMAT, engine: this.kind.name, revisions: Object.fromEntries(this.revisions) },
      this.engine.serialize(),
    );
  }

  private async write(contents: Uint8Array): Promise<SearchReplies['persist']> {
    await ensureDirectory(dirname(this.init.indexFile));
    await writeFileDurably(this.init.indexFile, contents, 'the search index');
    return { bytes: contents.length };
  }
}
