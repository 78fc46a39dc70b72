import type { Story } from '@shared/story/story';
import { composeStory } from '../../src/main/library/composeStory';
import { LibraryFolderWriter } from '../library/LibraryFolderWriter';
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

/** Writes the library openLibrary + create() would leave behind, revision snapshots included; returns one story's id. */
export async function buildLibrary(dir: string, count: number): Promise<string> {
  const stories = generateStories(count);
  const writer = await LibraryFolderWriter.create(dir, { revisions: true });
  await writer.write(stories);
  await writer.finish(new Date(CREATED));
  return stories[0]!.id;
}
