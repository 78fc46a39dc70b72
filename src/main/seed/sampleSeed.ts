import type { StoryDraft } from '@shared/story/story';
import { storyDraftSchema } from '@shared/story/story';
import sample from '../../../resources/samples/istanbul-peace-talks.story.json';

/** The story a first run starts with, parsed so a bad edit of the resource fails loudly, not silently. */
export function sampleSeed(): StoryDraft[] {
  return [storyDraftSchema.parse(sample)];
}
