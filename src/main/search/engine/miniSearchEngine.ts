import MiniSearch, { type SearchOptions } from 'minisearch';
import { noHits } from '../SearchEngine';
import type { SearchDocument, SearchEngine, SearchEngineKind, SearchHits } from '../SearchEngine';
import { foldedWords } from './foldText';
import { parseQuery } from './parseQuery';
import { TrashedStories } from './TrashedStories';
import { HEADLINE_BOOST, SEARCH_FIELDS } from './searchFields';
import { unwrapSerialized, wrapSerialized } from './serializedEnvelope';

export interface MiniSearchTuning {
  /** Words shorter than this are matched exactly: every edit of a short word is another real word. */
  fuzzyMinLength: number;
  /**
   * Words this long may be two edits off, shorter ones one. MiniSearch counts two swapped letters as two edits,
   * so with one edit a swap in a short word is not forgiven.
   */
  twoEditsMinLength: number;
  maxFuzzy: number;
  /** Whether the word being typed is also matched with typos (costly: a fuzzy walk over every prefix). */
  fuzzyPrefix: boolean;
  /** Prefixes shorter than this are matched as whole words: one letter expands to thousands of terms. */
  prefixMinLength: number;
}

export const MINISEARCH_DEFAULT_TUNING: MiniSearchTuning = {
  fuzzyMinLength: 4,
  twoEditsMinLength: 6,
  maxFuzzy: 2,
  fuzzyPrefix: false,
  prefixMinLength: 1,
};

const ENGINE = 'minisearch';
const FORMAT = 1;

function indexOptions() {
  return {
    idField: 'id',
    fields: [...SEARCH_FIELDS],
    storeFields: [],
    // Auto-vacuum walks the index in timed batches and crashes when a story is added or discarded meanwhile
    // (lucaong/minisearch#306). Discarded entries are skipped at search time and dropped by the next rebuild.
    autoVacuum: false,
    tokenize: foldedWords,
    // Words arrive folded from `tokenize`; MiniSearch's own lowercasing would only repeat the work.
    processTerm: (term: string) => term,
  };
}

function searchOptions(text: string, tuning: MiniSearchTuning): SearchOptions {
  const { words, lastIsPrefix } = parseQuery(text);
  const last = words.length - 1;
  const isTyped = (index: number) => lastIsPrefix && index === last;
  return {
    combineWith: 'AND',
    boost: { headline: HEADLINE_BOOST },
    prefix: (term, index) => isTyped(index) && term.length >= tuning.prefixMinLength,
    fuzzy: (term, index) =>
      term.length >= tuning.fuzzyMinLength && (tuning.fuzzyPrefix || !isTyped(index))
        ? Math.min(term.length >= tuning.twoEditsMinLength ? 2 : 1, tuning.maxFuzzy)
        : false,
    maxFuzzy: tuning.maxFuzzy,
  };
}

function wrap(index: MiniSearch<SearchDocument>, name: string, tuning: MiniSearchTuning): SearchEngine {
  const trashed = new TrashedStories();
  const remove = (id: string) => {
    trashed.forget(id);
    if (index.has(id)) index.discard(id);
  };
  return {
    get size() {
      return index.documentCount;
    },
    add(document) {
      if (index.has(document.id)) index.discard(document.id);
      index.add(document);
    },
    remove,
    has: (id) => index.has(id),
    setTrashed: (ids, isTrashed) => trashed.set(ids, isTrashed),
    search(text, limit, view): SearchHits {
      if (foldedWords(text).length === 0) return noHits();
      const results = index.search(text, searchOptions(text, tuning));
      const ranked = results.map((result) => ({ id: String(result.id), score: result.score }));
      return trashed.narrow(ranked, [...new Set(results.flatMap((result) => result.terms))], limit, view);
    },
    serialize: () => wrapSerialized(ENGINE, FORMAT, JSON.stringify(index)),
  };
}

export function miniSearchKind(
  tuning: MiniSearchTuning = MINISEARCH_DEFAULT_TUNING,
  name = 'minisearch',
): SearchEngineKind {
  return {
    name,
    create: () => wrap(new MiniSearch<SearchDocument>(indexOptions()), name, tuning),
    load(serialized) {
      const payload = unwrapSerialized(ENGINE, FORMAT, serialized);
      try {
        return wrap(MiniSearch.loadJS(payload as never, indexOptions()), name, tuning);
      } catch (error) {
        throw new Error(`Corrupt ${ENGINE} index`, { cause: error });
      }
    },
  };
}

export const miniSearchEngine: SearchEngineKind = miniSearchKind();
