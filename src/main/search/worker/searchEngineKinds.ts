import type { SearchEngineKind } from '../SearchEngine';
import { compactIndexKind } from '../engine/compact/compactIndexKind';
import { flexSearchEngine } from '../engine/flexSearchEngine';
import { miniSearchEngine } from '../engine/miniSearchEngine';

/** The engines the worker can run, found by name since a kind cannot be sent to another thread or process. */
export const searchEngineKinds: readonly SearchEngineKind[] = [
  compactIndexKind,
  miniSearchEngine,
  flexSearchEngine,
];
