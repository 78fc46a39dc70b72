import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Story } from '@shared/story/story';
import { storySchema } from '@shared/story/story';

/**
 * The whole story file headed `headline`, read straight from `<library>/stories/` and checked against the
 * story schema, so a test can inspect its structured fields as they were stored. Fails unless exactly one.
 */
export async function storyFileOnDisk(libraryDir: string, headline: string): Promise<Story> {
  const folder = join(libraryDir, 'stories');
  const names = (await readdir(folder)).filter((name) => name.endsWith('.json'));
  const stories = await Promise.all(
    names.map(async (name) => storySchema.parse(JSON.parse(await readFile(join(folder, name), 'utf8')))),
  );
  const matches = stories.filter((story) => story.headline === headline);
  if (matches.length !== 1 || !matches[0]) {
    throw new Error(`Expected one story file headed "${headline}" on disk, found ${matches.length}.`);
  }
  return matches[0];
}
