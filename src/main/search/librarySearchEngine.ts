import type { SearchEngineKind } from './SearchEngine';
import { compactIndexKind } from './engine/compact/compactIndexKind';

/** The engine the app indexes its library with; docs/PERFORMANCE.md, "Choosing a search engine", says why. */
export const LIBRARY_SEARCH_ENGINE: SearchEngineKind = compactIndexKind;
