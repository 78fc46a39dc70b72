import { readFile, readdir, rm } from 'node:fs/promises';
import type { Low } from 'lowdb';
import type { StorySummary } from '@shared/story/story';
import { summarize } from '@shared/story/summarize';
import { removeTempFiles } from './durableWrite';
import { isMissingFile } from './fsErrorReason';
import { UnreadableIndexError } from './indexFile';
import type { IndexFile } from './indexFile';
import { readJournal } from './Journal';
import type { JournalContents, JournalEntry } from './journalEntry';
import { storyIdOfFile } from './libraryLayout';
import type { LibraryLayout } from './libraryLayout';
import { mapConcurrently } from './mapConcurrently';
import type { Quarantine } from './quarantine';
import { parseStory } from './storyCodec';

export interface RecoveredIndex {
  summaries: Map<string, StorySummary>;
  journal: JournalContents;
  nextSeq: number;
  /** index.json of an existing library was missing or unreadable, so every story file was read. */
  rebuilt: boolean;
  /** Memory differs from index.json, or the journal holds lines: the index should be compacted now. */
  needsCompaction: boolean;
}

/**
 * Loads the index as it was before the last exit or crash: index.json, then the journal over it, then the story
 * files as the final word. Files the journal names are re-read, because a change is journalled before its file
 * is written and may never have reached it; purges the journal names are finished.
 */
export async function recoverIndex(
  layout: LibraryLayout,
  db: Low<IndexFile>,
  quarantine: Quarantine,
  libraryExisted: boolean,
): Promise<RecoveredIndex> {
  const loaded = await readIndexFile(db);
  const journal = await readJournal(layout.journal);
  const rebuilt = (libraryExisted && !loaded) || journal.damaged;
  const summaries = rebuilt ? new Map<string, StorySummary>() : mapOf(db.data.stories);
  const journalSeq = loaded ? db.data.journalSeq : 0;
  const { touched, purged } = replay(
    journal.entries.filter((entry) => entry.seq > journalSeq),
    summaries,
  );

  const onDisk = await storyIdsOnDisk(layout);
  const vanished = [...summaries.keys()].filter((id) => !onDisk.has(id));
  for (const id of vanished) summaries.delete(id);
  const toRead: string[] = [];
  for (const id of onDisk) {
    if (purged.has(id)) await finishPurge(layout, id);
    else if (rebuilt || touched.has(id) || !summaries.has(id)) toRead.push(id);
  }
  await mapConcurrently(toRead, 16, (id) => readSummary(layout, quarantine, id, summaries));
  await mapConcurrently([...touched], 16, async (id) => {
    await removeTempFiles(layout.revisionFolder(id));
  });

  const lastSeq = journal.entries.reduce((highest, entry) => Math.max(highest, entry.seq), journalSeq);
  const changed = vanished.length > 0 || toRead.length > 0;
  const needsCompaction = !loaded || rebuilt || changed || journal.entries.length > 0 || journal.torn;
  return { summaries, journal, nextSeq: lastSeq + 1, rebuilt, needsCompaction };
}

/** True when index.json was there and valid; false when missing or damaged (the library then reads every file). */
async function readIndexFile(db: Low<IndexFile>): Promise<boolean> {
  const blank = db.data;
  try {
    await db.read();
  } catch (error) {
    if (error instanceof UnreadableIndexError) return false;
    throw error;
  }
  return db.data !== blank;
}

/** Without Object.entries' array per story: ~100 ms less for 100,000 stories. */
function mapOf(stories: Record<string, StorySummary>): Map<string, StorySummary> {
  const map = new Map<string, StorySummary>();
  for (const id in stories) map.set(id, stories[id]!);
  return map;
}

/** Applies journal entries to `summaries`; returns the ids whose last entry was a put or a delete. */
function replay(entries: JournalEntry[], summaries: Map<string, StorySummary>) {
  const touched = new Set<string>();
  const purged = new Set<string>();
  for (const entry of entries) {
    if (entry.op === 'put') {
      summaries.set(entry.summary.id, entry.summary);
      touched.add(entry.summary.id);
      purged.delete(entry.summary.id);
    } else {
      summaries.delete(entry.id);
      purged.add(entry.id);
      touched.delete(entry.id);
    }
  }
  return { touched, purged };
}

async function storyIdsOnDisk(layout: LibraryLayout): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const name of await readdir(layout.stories)) {
    const id = storyIdOfFile(name);
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

/** Takes the story's summary from its file, the final word; a damaged file goes to quarantine. */
async function readSummary(
  layout: LibraryLayout,
  quarantine: Quarantine,
  id: string,
  summaries: Map<string, StorySummary>,
): Promise<void> {
  const file = layout.storyFile(id);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (!isMissingFile(error)) throw error;
    summaries.delete(id);
    return;
  }
  const parsed = parseStory(text, id);
  if (parsed.ok) {
    summaries.set(id, summarize(parsed.story));
    return;
  }
  summaries.delete(id);
  await quarantine.isolate(file, parsed.reason);
}

async function finishPurge(layout: LibraryLayout, id: string): Promise<void> {
  await rm(layout.revisionFolder(id), { recursive: true, force: true });
  await rm(layout.storyFile(id), { force: true });
}
