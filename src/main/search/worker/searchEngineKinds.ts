import type { SearchEngineKind } from '../SearchEngine';
import { flexSearchEngine } from '../engine/flexSearchEngine';
import { miniSearchEngine } from '../engine/miniSearchEngine';

/** The engines the worker thread can run, found by name since a kind cannot be sent to a thread. */
export const searchEngineKinds: readonly SearchEngineKind[] = [miniSearchEngine, flexSearchEngine];
