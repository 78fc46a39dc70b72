import type { SearchState, StoryHit, StoryQuery } from '@shared/contract/querySchemas';
import type { StorySummary } from '@shared/story/story';
import type { StoryRepository } from '../library/StoryRepository';
import { noHits } from '../search/SearchEngine';
import type { SearchHits, SearchView } from '../search/SearchEngine';
import { entryFilterOf } from '../library/catalog/entryFilter';
import { matchedWords, snippetOf } from '../search/snippetOf';
import { SnippetTextCache } from '../search/SnippetTextCache';
import type { Handlers } from './Handlers';

/** What the query handlers need of search: the service, or nothing where there is no index (some tests). */
export interface StorySearch {
  state(): SearchState;
  search(text: string, limit: number, view?: SearchView): Promise<SearchHits>;
}

// More hits than anyone pages through; filters and sorting then apply to all of them, not to a first page.
const MAX_HITS = 10_000;

const NO_SEARCH: StorySearch = {
  state: () => ({ state: 'failed', done: 0, total: 0 }),
  search: async () => noHits(),
};

async function hitOf(texts: SnippetTextCache, summary: StorySummary, terms: string[]): Promise<StoryHit> {
  if (terms.length === 0) return { ...summary, snippet: '', highlights: [] };
  // A story trashed or purged between the search and this read still lists, without its snippet.
  const body = await texts.bodyOf(summary);
  const { snippet, highlights } =
    body !== undefined ? snippetOf(body, terms) : { snippet: '', highlights: [] };
  const headlineWords = matchedWords(summary.headline, terms);
  return { ...summary, snippet, highlights: [...new Set([...headlineWords, ...highlights])] };
}

// While the index is still being built, a search finds what the summaries hold: headline, slug and bylines.
function summaryHits(summaries: StorySummary[], text: string): Map<string, number> {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  const hits = new Map<string, number>();
  for (const summary of summaries) {
    const haystack = [summary.headline, summary.slug, ...summary.bylines.map((byline) => byline.name)]
      .join(' ')
      .toLowerCase();
    if (words.every((word) => haystack.includes(word))) hits.set(summary.id, 1);
  }
  return hits;
}

async function queryPage(library: StoryRepository, search: StorySearch, query: StoryQuery) {
  const text = query.text.trim();
  const state = search.state();
  if (!text) return { page: await library.query(query), terms: [], state };
  if (state.state !== 'ready') {
    const onlyIds = summaryHits(await library.summaries(), text);
    return { page: await library.query({ ...query, onlyIds }), terms: [], state };
  }
  // Ranked and unfiltered, a page needs only the index's best hits down to its end, and the index's count is
  // exact; any other order or a filter needs every hit the catalog can sort and narrow (up to MAX_HITS).
  const rankedOnly = query.sort.key === 'relevance' && !entryFilterOf(query.filters);
  const hits = await search.search(text, rankedOnly ? query.offset + query.limit : MAX_HITS, query.view);
  // The index's rank as the score: the catalog then orders exactly as the index did, ties included, so pages
  // fetched one after another never repeat or skip a story.
  const onlyIds = new Map(hits.ids.map((id, at) => [id, hits.ids.length - at]));
  const page = await library.query({ ...query, onlyIds });
  return { page: rankedOnly ? { ...page, total: hits.total } : page, terms: hits.terms, state };
}

/** Paged, filtered, sorted and searched views of the library: the renderer never gets the whole of it. */
export function queryHandlers(
  library: StoryRepository,
  search: StorySearch = NO_SEARCH,
): Pick<Handlers, 'story:query' | 'library:facets'> {
  const texts = new SnippetTextCache(library);
  return {
    'story:query': async (query) => {
      const { page, terms, state } = await queryPage(library, search, query);
      const items = await Promise.all(page.items.map((summary) => hitOf(texts, summary, terms)));
      return { total: page.total, items, search: state };
    },
    'library:facets': ({ view }) => library.facets(view),
  };
}
