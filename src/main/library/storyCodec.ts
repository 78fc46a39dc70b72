import { storySchema } from '@shared/story/story';
import type { Story } from '@shared/story/story';
import { LibraryError } from './LibraryError';
import { describeStory } from './storyMessages';

export const MAX_STORY_BYTES = 20 * 1024 * 1024;

/** Compact JSON: a story file is read by the library, not by people, and pretty-printing costs bytes and time. */
export function serializeStory(story: Story): string {
  const json = JSON.stringify(story);
  const bytes = Buffer.byteLength(json);
  if (bytes > MAX_STORY_BYTES) {
    const megabytes = (bytes / 1024 / 1024).toFixed(1);
    throw new LibraryError(
      'storage',
      `Could not save ${describeStory(story)}: the story is too large (${megabytes} MB; the limit is 20 MB). Nothing was changed on disk.`,
    );
  }
  return json;
}

export type ParsedStory = { ok: true; story: Story } | { ok: false; reason: string };

/** Checks a story file's text; `expectedId` is the id its file name promises. */
export function parseStory(text: string, expectedId: string): ParsedStory {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not valid JSON (it may have been cut short).' };
  }
  const parsed = storySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return {
      ok: false,
      reason: `The file is not a valid story${where}: ${issue?.message ?? 'unknown problem'}.`,
    };
  }
  if (parsed.data.id !== expectedId) {
    return { ok: false, reason: `The file holds the story ${parsed.data.id}, not ${expectedId}.` };
  }
  return { ok: true, story: parsed.data };
}
