import type { Story, StoryDraft } from './story';
import { storyDraftSchema } from './story';

const DRAFT_FIELDS = storyDraftSchema.keyof().options;

/** The writer-editable part of a story, taken by the schema's own keys so a new field is never left behind. */
export function draftOf(story: Story): StoryDraft {
  return Object.fromEntries(DRAFT_FIELDS.map((field) => [field, story[field]])) as StoryDraft;
}
