import { z } from 'zod';
import {
  isoTimeSchema,
  storyDraftSchema,
  storyIdSchema,
  storySchema,
  storySummarySchema,
} from '../story/story';

export const MAX_PAGE_SIZE = 500;

export const storyRefInput = z.strictObject({ id: storyIdSchema });

export const createStoryInput = z.strictObject({ draft: storyDraftSchema.partial().default({}) });

export const saveStoryInput = z.strictObject({
  id: storyIdSchema,
  baseRevision: z.number().int().positive(),
  draft: storyDraftSchema,
});

export const listStoriesInput = z.strictObject({
  view: z.enum(['active', 'trash']).default('active'),
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(100),
});

export const storyPageSchema = z.object({
  total: z.number().int().nonnegative(),
  items: z.array(storySummarySchema),
});
export type StoryPage = z.infer<typeof storyPageSchema>;

export const revisionRefInput = z.strictObject({
  id: storyIdSchema,
  revision: z.number().int().positive(),
});

export const restoreRevisionInput = revisionRefInput.extend({ baseRevision: z.number().int().positive() });

export const revisionSummarySchema = z.object({
  revision: z.number().int().positive(),
  savedAt: isoTimeSchema,
  headline: z.string(),
  wordCount: z.number().int().nonnegative(),
});
export type RevisionSummary = z.infer<typeof revisionSummarySchema>;

export const quarantinedFileSchema = z.object({
  file: z.string(),
  movedTo: z.string(),
  reason: z.string(),
  at: isoTimeSchema,
});
export type QuarantinedFile = z.infer<typeof quarantinedFileSchema>;

export const libraryStatusSchema = z.object({
  path: z.string(),
  activeCount: z.number().int().nonnegative(),
  trashCount: z.number().int().nonnegative(),
  quarantined: z.array(quarantinedFileSchema),
  indexRebuilt: z.boolean(),
});
export type LibraryStatus = z.infer<typeof libraryStatusSchema>;

export const noInput = z.strictObject({}).default({});

export { storySchema, storySummarySchema };
