import { z } from 'zod';
import { editorDocumentSchema } from './editorDocument';

export const STORY_STATUSES = ['draft', 'submitted', 'in-edit', 'approved', 'published', 'spiked'] as const;

export const storyIdSchema = z.uuid({ message: 'A story id is a UUID' });
export type StoryId = z.infer<typeof storyIdSchema>;

export const isoTimeSchema = z.iso.datetime({ offset: true, message: 'A time is an ISO 8601 date-time' });

const shortText = (label: string, max: number) =>
  z.string().max(max, `${label} is longer than ${max} characters`);

export const bylineSchema = z.object({
  name: shortText('A byline name', 200).min(1, 'A byline needs a name'),
  title: shortText('A byline title', 200).default(''),
  organization: shortText('A byline organization', 200).default(''),
});
export type Byline = z.infer<typeof bylineSchema>;

/** A direct quote found in the copy, with who said it and how: the story's quote list, for review. */
export const quoteEntrySchema = z.object({
  text: shortText('A quote', 5000),
  speaker: shortText('A speaker', 200),
  title: shortText('A speaker’s title', 200),
  organization: shortText('A speaker’s organization', 200),
  context: shortText('A quote’s context', 500),
  verb: shortText('An attribution verb', 60),
  /** False for a quote inside a narrative paragraph, which stays where it is in the body. */
  standalone: z.boolean(),
});
export type QuoteEntry = z.infer<typeof quoteEntrySchema>;

export const storyStatusSchema = z.enum(STORY_STATUSES);
export type StoryStatus = z.infer<typeof storyStatusSchema>;

export const slugSchema = z
  .string()
  .max(120, 'A slug is at most 120 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$|^$/, 'A slug is lowercase letters, digits and single hyphens');

/** The fields a writer edits. Everything else on a story is kept by the library. */
export const storyDraftSchema = z.object({
  headline: shortText('The headline', 500),
  subheadline: shortText('The subheadline', 1000),
  slug: slugSchema,
  bylines: z.array(bylineSchema).max(50, 'A story has at most 50 bylines'),
  section: shortText('The section', 200),
  keywords: z.array(shortText('A keyword', 100).min(1, 'A keyword cannot be empty')).max(200),
  status: storyStatusSchema,
  priority: z.number().int().min(1).max(9),
  language: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, 'The language is a BCP 47 tag such as "en" or "en-GB"'),
  embargo: isoTimeSchema.nullable(),
  body: editorDocumentSchema,
  editorNotes: shortText('The editor notes', 100_000),
  /** The length the desk asked for; null when none was set. Defaulted so older story files still read. */
  targetWords: z.number().int().min(1).max(100_000).nullable().default(null),
  /** Filled by imports; defaulted so older story files still read. */
  quotes: z.array(quoteEntrySchema).max(2000, 'A story lists at most 2,000 quotes').default([]),
});
export type StoryDraft = z.infer<typeof storyDraftSchema>;

export const storySchema = storyDraftSchema.extend({
  id: storyIdSchema,
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
  wordCount: z.number().int().nonnegative(),
  revision: z.number().int().positive(),
  trashedAt: isoTimeSchema.nullable(),
});
export type Story = z.infer<typeof storySchema>;

export const storySummarySchema = storySchema.omit({ body: true, editorNotes: true, quotes: true }).extend({
  datelineCity: z.string(),
});
export type StorySummary = z.infer<typeof storySummarySchema>;
