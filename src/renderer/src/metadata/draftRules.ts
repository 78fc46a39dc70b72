import { storyDraftSchema } from '@shared/story/story';

/** The story schema's rule for each field the panel validates as the writer types. */
export const draftRules = storyDraftSchema.shape;
