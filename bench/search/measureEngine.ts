import { performance } from 'node:perf_hooks';
import type { SearchEngine, SearchEngineKind } from '../../src/main/search/SearchEngine';
import { median, p95 } from '../saveStory/statistics';
import { queryMix, type QueryKind } from './queryMix';
import { corpusStory } from './storyCorpus';

export interface EngineFigures {
  variant: string;
  stories: number;
  buildMs: number;
  heapMb: number;
  serializedMb: number;
  serializeMs: number;
  loadMs: number | string;
  queryMedianMs: number;
  queryP95Ms: number;
  p95ByKind: Partial<Record<QueryKind, number>>;
  emptyAnswers: number;
  updateMedianMs: number;
  updateP95Ms: number;
}

/** The JS heap and the typed arrays' buffers, which live outside it: the compact index is mostly the latter. */
function heapUsedMb(): number {
  for (let pass = 0; pass < 3; pass++) globalThis.gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 1e6;
}

function timed<T>(task: () => T): [T, number] {
  const start = performance.now();
  const value = task();
  return [value, performance.now() - start];
}

/** Builds, saves, reloads, queries and updates one engine over `stories` stories; every figure from one index. */
export function measureEngine(
  variant: string,
  kind: SearchEngineKind,
  stories: number,
  options: { queries: number; updates: number; limit: number },
): EngineFigures {
  const heapBefore = heapUsedMb();
  const built = kind.create();
  const [, buildMs] = timed(() => {
    for (let index = 0; index < stories; index++) built.add(corpusStory(index));
  });
  const heapMb = heapUsedMb() - heapBefore;
  const serializeRuns = Array.from({ length: 3 }, () => timed(() => built.serialize()));
  const serialized = serializeRuns[0]![0];
  let engine: SearchEngine = built;
  let loadMs: number | string;
  try {
    const loads = Array.from({ length: 3 }, () => timed(() => kind.load(serialized)));
    engine = loads[0]![0];
    loadMs = median(loads.map(([, ms]) => ms));
  } catch (error) {
    loadMs = `failed: ${error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : error}`;
  }

  const queries = queryMix(stories, options.queries);
  for (const query of queries.slice(0, 50)) engine.search(query.text, options.limit);
  const byKind = new Map<QueryKind, number[]>();
  const all: number[] = [];
  let emptyAnswers = 0;
  for (const query of queries) {
    const [matches, ms] = timed(() => engine.search(query.text, options.limit));
    if (matches.ids.length === 0) emptyAnswers++;
    all.push(ms);
    byKind.set(query.kind, [...(byKind.get(query.kind) ?? []), ms]);
  }

  const updates = Array.from(
    { length: options.updates },
    (_, run) => timed(() => engine.add(corpusStory((run * 7919) % stories, 1 + run)))[1],
  );
  return {
    variant,
    stories,
    buildMs,
    heapMb,
    serializedMb: serialized.length / 1e6,
    serializeMs: median(serializeRuns.map(([, ms]) => ms)),
    loadMs,
    queryMedianMs: median(all),
    queryP95Ms: p95(all),
    p95ByKind: Object.fromEntries([...byKind].map(([kind, samples]) => [kind, p95(samples)])),
    emptyAnswers,
    updateMedianMs: median(updates),
    updateP95Ms: p95(updates),
  };
}
