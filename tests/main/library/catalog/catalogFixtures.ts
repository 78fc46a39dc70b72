import { NO_FILTERS, type StoryFilters } from '@shared/contract/querySchemas';
import { newDraft } from '@shared/story/newDraft';
import type { StoryStatus, StorySummary } from '@shared/story/story';
import { STORY_STATUSES } from '@shared/story/story';
import { storyCollator } from '../../../../src/main/library/catalog/compareEntries';
import type { CatalogQuery, CatalogSort } from '../../../../src/main/library/catalog/CatalogQuery';

export interface SummaryFields {
  headline?: string;
  slug?: string;
  section?: string;
  bylines?: string[];
  keywords?: string[];
  status?: StoryStatus;
  datelineCity?: string;
  wordCount?: number;
  updatedAt?: string;
  trashed?: boolean;
}

export function summaryOf(n: number, fields: SummaryFields = {}): StorySummary {
  const {
    body: _body,
    editorNotes: _notes,
    quotes: _quotes,
    ...draft
  } = newDraft({
    headline: fields.headline ?? `Story ${n}`,
    slug: fields.slug ?? `story-${n}`,
    section: fields.section ?? '',
    bylines: (fields.bylines ?? []).map((name) => ({ name, title: '', organization: '' })),
    keywords: fields.keywords ?? [],
    status: fields.status ?? 'draft',
  });
  const updatedAt = fields.updatedAt ?? '2025-03-01T12:00:00.000Z';
  return {
    ...draft,
    id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
    createdAt: updatedAt,
    updatedAt,
    wordCount: fields.wordCount ?? 0,
    revision: 1,
    trashedAt: fields.trashed ? updatedAt : null,
    datelineCity: fields.datelineCity ?? '',
  };
}

export function queryOf(
  partial: Omit<Partial<CatalogQuery>, 'filters'> & { filters?: Partial<StoryFilters> },
): CatalogQuery {
  return {
    view: 'active',
    sort: { key: 'updatedAt', direction: 'desc' },
    offset: 0,
    limit: 200,
    ...partial,
    filters: { ...NO_FILTERS, ...partial.filters },
  };
}

const textOf: Record<string, (summary: StorySummary) => string> = {
  headline: (summary) => summary.headline,
  slug: (summary) => summary.slug,
  section: (summary) => summary.section,
  byline: (summary) => summary.bylines[0]?.name ?? '',
  datelineCity: (summary) => summary.datelineCity,
};

/** The answer `query` should give, by filtering and sorting everything from scratch. */
export function naiveQuery(
  all: StorySummary[],
  query: CatalogQuery,
): { total: number; items: StorySummary[] } {
  const { filters, sort, onlyIds } = query;
  const day = (iso: string) => new Date(iso).toISOString().slice(0, 10);
  const kept = all.filter(
    (summary) =>
      (summary.trashedAt === null) === (query.view === 'active') &&
      (!onlyIds || onlyIds.has(summary.id)) &&
      (filters.statuses.length === 0 || filters.statuses.includes(summary.status)) &&
      (filters.section === '' || summary.section === filters.section) &&
      (filters.byline === '' ||
        summary.bylines.some((byline) => byline.name.toLowerCase().includes(filters.byline.toLowerCase()))) &&
      (filters.keyword === '' ||
        summary.keywords.some((keyword) => keyword.toLowerCase() === filters.keyword.toLowerCase())) &&
      (filters.changedFrom === null || day(summary.updatedAt) >= filters.changedFrom) &&
      (filters.changedTo === null || day(summary.updatedAt) <= filters.changedTo),
  );
  const sorted = kept.sort((a, b) => primary(sort, a, b, onlyIds) || tieBreak(a, b));
  return { total: sorted.length, items: sorted.slice(query.offset, query.offset + query.limit) };
}

function tieBreak(a: StorySummary, b: StorySummary): number {
  const time = Date.parse(b.updatedAt) - Date.parse(a.updatedAt);
  return time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function primary(
  sort: CatalogSort,
  a: StorySummary,
  b: StorySummary,
  scores: ReadonlyMap<string, number> | undefined,
): number {
  const sign = sort.direction === 'asc' ? 1 : -1;
  switch (sort.key) {
    case 'relevance':
      return scores ? scores.get(b.id)! - scores.get(a.id)! : 0;
    case 'updatedAt':
      return sign * (Date.parse(a.updatedAt) - Date.parse(b.updatedAt));
    case 'wordCount':
      return sign * (a.wordCount - b.wordCount);
    case 'status':
      return sign * (STORY_STATUSES.indexOf(a.status) - STORY_STATUSES.indexOf(b.status));
    default:
      return sign * storyCollator.compare(textOf[sort.key]!(a), textOf[sort.key]!(b));
  }
}
