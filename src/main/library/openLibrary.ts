import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { Low } from 'lowdb';
import type { StoryDraft } from '@shared/story/story';
import { removeTempFiles } from './durableWrite';
import { FileStoryRepository } from './FileStoryRepository';
import { DurableJsonAdapter, INDEX_FORMAT } from './indexFile';
import type { IndexFile } from './indexFile';
import { DEFAULT_COMPACT_AFTER_BYTES, IndexStore } from './IndexStore';
import { Journal } from './Journal';
import { prepareFolders, readMarker, refuseNewerFormat, writeMarker } from './libraryFolder';
import { LibraryLayout } from './libraryLayout';
import { Quarantine } from './quarantine';
import { recoverIndex } from './recoverIndex';
import { RevisionStore } from './RevisionStore';
import { StoryIndex } from './StoryIndex';
import { StoryReader } from './StoryReader';
import type { StoryRepository } from './StoryRepository';
import { StoryWriter } from './StoryWriter';

export interface LibraryOptions {
  now?: () => Date;
  /** A save keeps a revision snapshot only when the newest one is at least this old. */
  revisionIntervalMs?: number;
  maxRevisions?: number;
  /** Drafts created on the library's first run only. */
  seed?: () => Partial<StoryDraft>[];
  newId?: () => string;
  /** The journal is folded into index.json once this much has been appended since the last time. */
  compactJournalAfterBytes?: number;
}

/** Opens (creating on first run) the story library in `dir`, recovering from any crash that interrupted it. */
export async function openLibrary(dir: string, options: LibraryOptions = {}): Promise<StoryRepository> {
  const now = options.now ?? (() => new Date());
  const layout = new LibraryLayout(resolve(dir));
  await prepareFolders(layout);
  const marker = await readMarker(layout);
  refuseNewerFormat(layout, marker);
  await removeTempFiles(layout.root);
  await removeTempFiles(layout.stories);

  const quarantine = new Quarantine(layout.quarantine, now);
  const db = new Low<IndexFile>(new DurableJsonAdapter(layout.index), {
    format: INDEX_FORMAT,
    journalSeq: 0,
    stories: {},
  });
  const recovered = await recoverIndex(layout, db, quarantine, marker !== 'missing');
  const index = new StoryIndex(recovered.summaries.values());
  // The catalog holds the summaries now; the parsed file's record of them would only be kept alive.
  db.data = { ...db.data, stories: {} };
  const journal = await Journal.open(layout.journal, recovered.journal);
  const compactAfter = options.compactJournalAfterBytes ?? DEFAULT_COMPACT_AFTER_BYTES;
  const store = new IndexStore(layout, db, journal, index, recovered.nextSeq, compactAfter);
  const revisions = new RevisionStore(layout, quarantine, {
    intervalMs: options.revisionIntervalMs ?? 5 * 60_000,
    maxRevisions: options.maxRevisions ?? 100,
  });
  const repository = new FileStoryRepository({
    layout,
    index,
    store,
    revisions,
    quarantine,
    reader: new StoryReader(layout, index, quarantine),
    writer: new StoryWriter(layout, store, index, revisions),
    now,
    newId: options.newId ?? randomUUID,
    indexRebuilt: recovered.rebuilt,
  });

  try {
    if (recovered.needsCompaction) await store.compact();
    // A crash after seeding but before the marker was written must not seed a second time.
    if (marker === 'missing' && index.size === 0) {
      for (const draft of options.seed?.() ?? []) await repository.create(draft);
    }
    if (typeof marker !== 'object') await writeMarker(layout, now());
  } catch (error) {
    await repository.close().catch(() => undefined);
    throw error;
  }
  return repository;
}
