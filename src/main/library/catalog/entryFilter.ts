import type { StoryFilters } from '@shared/contract/querySchemas';
import type { CatalogEntry } from './CatalogEntry';

export type EntryFilter = (entry: CatalogEntry) => boolean;

const DAY_MS = 86_400_000;

const startOfDay = (day: string) => Date.parse(`${day}T00:00:00.000Z`);

/**
 * Names and keywords repeat across thousands of stories: each is lower-cased once per filter, and nothing is
 * kept per story between queries.
 */
function memoized(test: (text: string) => boolean): (text: string) => boolean {
  const known = new Map<string, boolean>();
  return (text) => {
    let result = known.get(text);
    if (result === undefined) known.set(text, (result = test(text)));
    return result;
  };
}

/** The test of `filters`, or undefined when they let every story through (so a page can be a plain slice). */
export function entryFilterOf(filters: Partial<StoryFilters>): EntryFilter | undefined {
  const tests: EntryFilter[] = [];
  if (filters.statuses?.length) {
    const statuses = new Set<string>(filters.statuses);
    tests.push((entry) => statuses.has(entry.summary.status));
  }
  if (filters.section) {
    const section = filters.section;
    tests.push((entry) => entry.summary.section === section);
  }
  if (filters.byline) {
    const part = filters.byline.toLowerCase();
    const matches = memoized((name: string) => name.toLowerCase().includes(part));
    tests.push((entry) => entry.summary.bylines.some((byline) => matches(byline.name)));
  }
  if (filters.keyword) {
    const keyword = filters.keyword.toLowerCase();
    const matches = memoized((word: string) => word.toLowerCase() === keyword);
    tests.push((entry) => entry.summary.keywords.some(matches));
  }
  if (filters.changedFrom) {
    const from = startOfDay(filters.changedFrom);
    tests.push((entry) => entry.time >= from);
  }
  if (filters.changedTo) {
    const before = startOfDay(filters.changedTo) + DAY_MS;
    tests.push((entry) => entry.time < before);
  }
  if (tests.length === 0) return undefined;
  if (tests.length === 1) return tests[0];
  return (entry) => tests.every((test) => test(entry));
}
