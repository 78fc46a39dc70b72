import type { StorySortKey } from '@shared/contract/querySchemas';
import { STORY_STATUSES } from '@shared/story/story';
import type { StorySummary } from '@shared/story/story';
import type { CatalogEntry } from './CatalogEntry';
import type { CatalogSort } from './CatalogQuery';

export type EntryComparator = (a: CatalogEntry, b: CatalogEntry) => number;

/**
 * Case-insensitive but accent-aware, in the system's locale. Not `numeric`: it would make "No. 10" sort after
 * "No. 9", but it costs a quarter more per comparison and breaks the cheap pre-sort that building an order uses.
 */
export const storyCollator = new Intl.Collator(undefined, { sensitivity: 'accent' });

const STATUS_RANK = new Map<string, number>(STORY_STATUSES.map((status, rank) => [status, rank]));

type TextSortKey = 'headline' | 'slug' | 'section' | 'byline' | 'datelineCity';

const TEXT_OF: Record<TextSortKey, (summary: StorySummary) => string> = {
  headline: (summary) => summary.headline,
  slug: (summary) => summary.slug,
  section: (summary) => summary.section,
  byline: (summary) => summary.bylines[0]?.name ?? '',
  datelineCity: (summary) => summary.datelineCity,
};

/** The text a sort key orders by, for keys that order by text; used to pre-sort cheaply before the collator. */
export function sortTextOf(key: StorySortKey): ((summary: StorySummary) => string) | undefined {
  return key in TEXT_OF ? TEXT_OF[key as TextSortKey] : undefined;
}

/** The tie-break of every order, so that paging is stable: newest first, then by id. */
export function newestFirst(a: CatalogEntry, b: CatalogEntry): number {
  if (a.time !== b.time) return b.time - a.time;
  return a.summary.id < b.summary.id ? -1 : a.summary.id > b.summary.id ? 1 : 0;
}

function primaryOf(key: StorySortKey): ((a: CatalogEntry, b: CatalogEntry) => number) | undefined {
  const text = sortTextOf(key);
  if (text) return (a, b) => storyCollator.compare(text(a.summary), text(b.summary));
  switch (key) {
    case 'status':
      return (a, b) => STATUS_RANK.get(a.summary.status)! - STATUS_RANK.get(b.summary.status)!;
    case 'wordCount':
      return (a, b) => a.summary.wordCount - b.summary.wordCount;
    case 'updatedAt':
      return (a, b) => a.time - b.time;
    default:
      return undefined;
  }
}

/**
 * The order of `sort`, ties newest first then by id. 'relevance' ranks by `scores` (higher first, in either
 * direction) when given, and is newest first without them.
 */
export function comparatorFor(sort: CatalogSort, scores?: ReadonlyMap<string, number>): EntryComparator {
  if (sort.key === 'relevance') {
    // Best first whatever the direction: a least relevant first order serves no reader.
    if (!scores) return newestFirst;
    return (a, b) => (scores.get(b.summary.id) ?? 0) - (scores.get(a.summary.id) ?? 0) || newestFirst(a, b);
  }
  const primary = primaryOf(sort.key)!;
  const sign = sort.direction === 'asc' ? 1 : -1;
  return (a, b) => sign * primary(a, b) || newestFirst(a, b);
}
