import type { StorySummary } from '@shared/story/story';

/** A summary with what sorting and filtering need precomputed, shared by every order of its view. */
export interface CatalogEntry {
  readonly summary: StorySummary;
  readonly time: number;
  /** Filled on first use by a filter: most libraries are opened and listed without one. */
  lowerBylines?: string[];
  lowerKeywords?: string[];
}

export function catalogEntryOf(summary: StorySummary): CatalogEntry {
  return { summary, time: Date.parse(summary.updatedAt) };
}

export function lowerBylinesOf(entry: CatalogEntry): string[] {
  return (entry.lowerBylines ??= entry.summary.bylines.map((byline) => byline.name.toLowerCase()));
}

export function lowerKeywordsOf(entry: CatalogEntry): string[] {
  return (entry.lowerKeywords ??= entry.summary.keywords.map((keyword) => keyword.toLowerCase()));
}
