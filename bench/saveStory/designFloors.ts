import { open, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { Story } from '@shared/story/story';
import { summarize } from '@shared/story/summarize';
import { writeFileDurably } from '../../src/main/library/durableWrite';
import { INDEX_FORMAT } from '../../src/main/library/indexFile';
import { timeEach } from './statistics';

/** What one save cannot go below: the story file written, fsynced and renamed, and its folder fsynced. */
export function durableWriteOf(dir: string, json: string, times: number): Promise<number[]> {
  return timeEach(times, () => writeFileDurably(join(dir, 'floor.json'), json, 'the floor file'));
}

/** The lead's measured floor: write, fsync, rename, without fsyncing the folder. */
export function writeSyncRenameOf(dir: string, json: string, times: number): Promise<number[]> {
  return timeEach(times, async () => {
    const temp = join(dir, 'floor.tmp');
    const handle = await open(temp, 'w');
    await handle.writeFile(json);
    await handle.sync();
    await handle.close();
    await rename(temp, join(dir, 'floor-raw.json'));
  });
}

/** One journal line appended and fdatasynced, as every save does before touching the story file. */
export async function journalAppendOf(dir: string, line: string, times: number): Promise<number[]> {
  const handle = await open(join(dir, 'floor.journal'), 'a');
  try {
    return await timeEach(times, async () => {
      await handle.write(line);
      await handle.datasync();
    });
  } finally {
    await handle.close();
  }
}

/** The rejected design where every save rewrites the whole index (one lowdb file of summaries). */
export function indexRewriteOf(dir: string, stories: readonly Story[], times: number): Promise<number[]> {
  const index = { format: INDEX_FORMAT, journalSeq: 0, stories: Object.fromEntries(stories.map(toEntry)) };
  return timeEach(times, () =>
    writeFileDurably(join(dir, 'index-per-save.json'), JSON.stringify(index), 'the index'),
  );
}

/** The rejected design where every story lives in one lowdb file, rewritten on each save. */
export function singleFileOf(dir: string, stories: readonly Story[], times: number): Promise<number[]> {
  return timeEach(times, () =>
    writeFileDurably(join(dir, 'all-stories.json'), JSON.stringify({ stories }), 'all stories'),
  );
}

function toEntry(story: Story): [string, ReturnType<typeof summarize>] {
  return [story.id, summarize(story)];
}
