import { performance } from 'node:perf_hooks';
import { NO_FILTERS } from '@shared/contract/querySchemas';
import { queryHandlers } from '../../src/main/api/queryHandlers';
import type { StoryRepository } from '../../src/main/library/StoryRepository';
import type { SearchService } from '../../src/main/search/SearchService';
import type { TypedQuery } from './typedQueries';

export interface QuerySample {
  kind: TypedQuery['kind'];
  /** The search process's answer alone, as the handler asks for a ranked page: the best 100 of the view. */
  searchMs: number;
  /** The same, as the handler asks when the page is sorted by another column or filtered: up to 10,000. */
  allHitsMs: number;
  /** The whole `story:query` the library view sends: search, catalog, the page's snippets. */
  pageMs: number;
  total: number;
}

/** Each query three times: to the search service for a page and for every hit, and as the view's whole page. */
export async function measureQueries(
  library: StoryRepository,
  search: SearchService,
  queries: readonly TypedQuery[],
): Promise<QuerySample[]> {
  const handlers = queryHandlers(library, search);
  const samples: QuerySample[] = [];
  for (const { text, kind } of queries) {
    const searching = performance.now();
    await search.search(text, 100, 'active');
    const searchMs = performance.now() - searching;
    const searchingAll = performance.now();
    await search.search(text, 10_000, 'active');
    const allHitsMs = performance.now() - searchingAll;
    const paging = performance.now();
    const page = await handlers['story:query']({
      view: 'active',
      text,
      filters: NO_FILTERS,
      sort: { key: 'relevance', direction: 'desc' },
      offset: 0,
      limit: 100,
    });
    samples.push({ kind, searchMs, allHitsMs, pageMs: performance.now() - paging, total: page.total });
  }
  return samples;
}
