import { z } from 'zod';
import { storyStatusSchema, storySummarySchema } from '../story/story';

/** Columns the library can be sorted by; 'relevance' orders search hits best first. */
export const STORY_SORT_KEYS = [
  'relevance',
  'updatedAt',
  'headline',
  'slug',
  'byline',
  'section',
  'status',
  'datelineCity',
  'wordCount',
] as const;
export type StorySortKey = (typeof STORY_SORT_KEYS)[number];

export const MAX_QUERY_PAGE = 200;

const isoDay = z.iso.date({ message: 'A day is written yyyy-mm-dd' });

export const storyFiltersSchema = z.strictObject({
  statuses: z.array(storyStatusSchema).max(6).default([]),
  /** Exact section, '' for any. */
  section: z.string().max(200).default(''),
  /** Part of a byline name, any case; '' for any. */
  byline: z.string().max(200).default(''),
  /** An exact keyword, any case; '' for any. */
  keyword: z.string().max(100).default(''),
  /** Last change on or after this day (UTC), or null. */
  changedFrom: isoDay.nullable().default(null),
  /** Last change on or before this day (UTC), or null. */
  changedTo: isoDay.nullable().default(null),
});
export type StoryFilters = z.output<typeof storyFiltersSchema>;

/** Every story passes. */
export const NO_FILTERS: StoryFilters = storyFiltersSchema.parse({});

export const storyQueryInput = z.strictObject({
  view: z.enum(['active', 'trash']).default('active'),
  /** Words to search for in headline, body, bylines, dateline, keywords and quote speakers; '' lists all. */
  text: z.string().max(200).default(''),
  filters: storyFiltersSchema.default(NO_FILTERS),
  sort: z
    .strictObject({ key: z.enum(STORY_SORT_KEYS), direction: z.enum(['asc', 'desc']) })
    .default({ key: 'updatedAt', direction: 'desc' }),
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().min(1).max(MAX_QUERY_PAGE).default(50),
});
export type StoryQuery = z.output<typeof storyQueryInput>;

export const storyHitSchema = storySummarySchema.extend({
  /** A stretch of the story around the first match ('' without search words), as plain text. */
  snippet: z.string(),
  /** The words of the snippet and headline to mark as matches, as they are written there. */
  highlights: z.array(z.string()),
});
export type StoryHit = z.infer<typeof storyHitSchema>;

export const searchStateSchema = z.object({
  /** 'ready' when text search answers; 'building' while the index is read or rebuilt, with progress. */
  state: z.enum(['ready', 'building', 'failed']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type SearchState = z.infer<typeof searchStateSchema>;

export const storyQueryPageSchema = z.object({
  total: z.number().int().nonnegative(),
  items: z.array(storyHitSchema),
  search: searchStateSchema,
});
export type StoryQueryPage = z.infer<typeof storyQueryPageSchema>;

/** The values the library's filters can offer, from the stories in the view. */
export const libraryFacetsSchema = z.object({
  sections: z.array(z.string()),
  keywords: z.array(z.string()),
  bylines: z.array(z.string()),
});
export type LibraryFacets = z.infer<typeof libraryFacetsSchema>;

export const facetsInput = z.strictObject({ view: z.enum(['active', 'trash']).default('active') });
