import { slugify } from '@shared/story/slugify';
import { storySchema } from '@shared/story/story';
import type { Story, StoryDraft } from '@shared/story/story';
import { wordCountOf } from '@shared/story/wordCount';

/** What the library, not the writer, decides about a story. */
export type StoryRecord = Pick<Story, 'id' | 'createdAt' | 'updatedAt' | 'revision' | 'trashedAt'>;

/** A valid story from a writer's draft: the slug follows the headline until the writer sets one. */
export function composeStory(draft: StoryDraft, record: StoryRecord): Story {
  return storySchema.parse({
    ...draft,
    slug: draft.slug || slugify(draft.headline),
    wordCount: wordCountOf(draft.body),
    ...record,
  });
}

export function recordOf(story: StoryRecord): StoryRecord {
  const { id, createdAt, updatedAt, revision, trashedAt } = story;
  return { id, createdAt, updatedAt, revision, trashedAt };
}
