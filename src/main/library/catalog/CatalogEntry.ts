import type { StorySummary } from '@shared/story/story';

/** A summary with what sorting needs precomputed, shared by every order of its view. */
export interface CatalogEntry {
  readonly summary: StorySummary;
  readonly time: number;
}

export function catalogEntryOf(summary: StorySummary): CatalogEntry {
  return { summary, time: Date.parse(summary.updatedAt) };
}
