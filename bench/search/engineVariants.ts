import type { SearchEngineKind } from '../../src/main/search/SearchEngine';
import { FLEXSEARCH_DEFAULT_TUNING, flexSearchKind } from '../../src/main/search/engine/flexSearchEngine';
import { MINISEARCH_DEFAULT_TUNING, miniSearchKind } from '../../src/main/search/engine/miniSearchEngine';
import { compactIndexKind } from '../../src/main/search/engine/compact/compactIndexKind';

/** The configurations compared: the app's own index, then each library adapter as shipped and its variants. */
export const ENGINE_VARIANTS: Record<string, SearchEngineKind> = {
  compact: compactIndexKind,
  minisearch: miniSearchKind(),
  'minisearch-fuzzy-prefix': miniSearchKind({ ...MINISEARCH_DEFAULT_TUNING, fuzzyPrefix: true }),
  'minisearch-lean': miniSearchKind({ ...MINISEARCH_DEFAULT_TUNING, maxFuzzy: 1, prefixMinLength: 2 }),
  flexsearch: flexSearchKind(),
  'flexsearch-fastupdate': flexSearchKind({ ...FLEXSEARCH_DEFAULT_TUNING, fastupdate: true }),
  'flexsearch-res3': flexSearchKind({ ...FLEXSEARCH_DEFAULT_TUNING, resolution: 3 }),
};
