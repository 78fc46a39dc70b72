import type { SearchState, StoryHit } from '@shared/contract/querySchemas';

export const PAGE_SIZE = 100;

/** The pages of one query's answer, by offset; a new query starts a new cache. */
export interface PageCache {
  key: string;
  total: number;
  pages: ReadonlyMap<number, StoryHit[]>;
  search: SearchState;
}

export function pageOffsetOf(index: number): number {
  return Math.floor(index / PAGE_SIZE) * PAGE_SIZE;
}

export function rowAt(cache: PageCache | null, index: number): StoryHit | undefined {
  return cache?.pages.get(pageOffsetOf(index))?.[index - pageOffsetOf(index)];
}

/** Offsets of the pages that cover rows start…end-1 (at least the first page, to learn the total). */
export function pagesCovering(start: number, end: number): number[] {
  const offsets: number[] = [];
  for (let offset = pageOffsetOf(start); offset < Math.max(end, 1); offset += PAGE_SIZE) offsets.push(offset);
  return offsets;
}

export function withPage(
  cache: PageCache | null,
  key: string,
  offset: number,
  answer: { total: number; items: StoryHit[]; search: SearchState },
): PageCache {
  // A page of a newer query replaces the old answer whole; until then the old rows stay on screen.
  const pages = new Map(cache?.key === key ? cache.pages : []);
  pages.set(offset, answer.items);
  return { key, total: answer.total, pages, search: answer.search };
}
