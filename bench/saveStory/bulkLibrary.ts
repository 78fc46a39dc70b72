import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Story } from '@shared/story/story';
import { summarize } from '@shared/story/summarize';
import { composeStory } from '../../src/main/library/composeStory';
import { DurableJsonAdapter, INDEX_FORMAT } from '../../src/main/library/indexFile';
import { prepareFolders, writeMarker } from '../../src/main/library/libraryFolder';
import { LibraryLayout } from '../../src/main/library/libraryLayout';
import { mapConcurrently } from '../../src/main/library/mapConcurrently';
import { serializeStory } from '../../src/main/library/storyCodec';
import { realisticDraft, seededRandom } from './realisticStory';

const CREATED = Date.parse('2025-01-01T06:00:00.000Z');

/** A v4-shaped UUID from a counter, so every run builds the same library. */
function benchId(index: number): string {
  const hex = index.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
}

/** The same stories on every call with the same count: the library's content and the rejected designs' data. */
export function generateStories(count: number): Story[] {
  const random = seededRandom(count);
  return Array.from({ length: count }, (_, index) => {
    const time = new Date(CREATED + index * 1000).toISOString();
    const record = { id: benchId(index), createdAt: time, updatedAt: time, revision: 1, trashedAt: null };
    return composeStory(realisticDraft(random, index), record);
  });
}

/**
 * Writes the library openLibrary + create() would leave behind (story file, revision 1 snapshot, index.json,
 * empty journal, marker), through the library's own modules, but without fsyncing each file: building
 * 10,000 stories one durable create() at a time would take minutes and measure nothing of interest.
 * Returns the id of one of its stories.
 */
export async function buildLibrary(dir: string, count: number): Promise<string> {
  const layout = new LibraryLayout(dir);
  await prepareFolders(layout);
  const stories = generateStories(count);
  await mapConcurrently(stories, 32, async (story) => {
    const json = serializeStory(story);
    await writeFile(layout.storyFile(story.id), json);
    await mkdir(layout.revisionFolder(story.id));
    await writeFile(join(layout.revisionFolder(story.id), '1.json'), json);
  });
  const summaries = Object.fromEntries(stories.map((story) => [story.id, summarize(story)]));
  await new DurableJsonAdapter(layout.index).write({
    format: INDEX_FORMAT,
    journalSeq: 0,
    stories: summaries,
  });
  await writeFile(layout.journal, '');
  await writeMarker(layout, new Date(CREATED));
  return stories[0]!.id;
}
