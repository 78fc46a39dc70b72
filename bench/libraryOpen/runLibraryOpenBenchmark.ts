import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { NO_FILTERS, STORY_SORT_KEYS } from '@shared/contract/querySchemas';
import type { StoryFilters } from '@shared/contract/querySchemas';
import type { CatalogQuery } from '../../src/main/library/catalog/CatalogQuery';
import { openLibrary } from '../../src/main/library/openLibrary';
import { openLibraryInPhases } from '../../src/main/library/openLibraryInPhases';
import { median, p95 } from '../saveStory/statistics';
import { buildVariedLibrary } from './variedLibrary';

const FIRST_PAGE: CatalogQuery = {
  view: 'active',
  filters: NO_FILTERS,
  sort: { key: 'updatedAt', direction: 'desc' },
  offset: 0,
  limit: 50,
};
const COMBINED: StoryFilters = {
  ...NO_FILTERS,
  statuses: ['draft', 'in-edit'],
  section: 'Politics',
  byline: 'costa',
  changedFrom: '2024-03-01',
  changedTo: '2024-09-30',
};

const mb = (bytes: number) => Math.round(bytes / 1e6);
const ms = (value: number) => value.toFixed(value < 10 ? 2 : 0);

/**
 * One open in this (fresh) process, as the app opens: the first page as soon as it can be answered (from the
 * index head, phase 1), then the full open (phase 2), timed from the same start.
 */
export async function measureOneOpen(dir: string): Promise<void> {
  const start = performance.now();
  const { library, loaded } = await openLibraryInPhases(dir);
  await library.query(FIRST_PAGE);
  const shown = performance.now();
  await loaded;
  const opened = performance.now();
  const memory = process.memoryUsage();
  console.log(
    JSON.stringify({
      open: opened - start,
      firstPage: shown - start,
      rss: memory.rss,
      heap: memory.heapUsed,
    }),
  );
  process.exit(0);
}

function openInFreshProcess(dir: string): { open: number; firstPage: number; rss: number; heap: number } {
  const output = execFileSync(
    process.execPath,
    [...process.execArgv, process.argv[1]!, '--measure-open', dir],
    {
      encoding: 'utf8',
    },
  );
  return JSON.parse(output.trim().split('\n').pop()!);
}

async function queryLatencies(dir: string, runs: number): Promise<void> {
  const { library, loaded } = await openLibraryInPhases(dir);
  await loaded;
  const page = (query: Partial<CatalogQuery>) => library.query({ ...FIRST_PAGE, ...query });
  const { total } = await page({});
  const timed = async (query: Partial<CatalogQuery>) => {
    const samples: number[] = [];
    for (let run = 0; run < runs; run++) {
      const offset = Math.floor((run / runs) * Math.max(0, total - 50));
      const start = performance.now();
      await page({ ...query, offset });
      samples.push(performance.now() - start);
    }
    return `median ${ms(median(samples))} ms, p95 ${ms(p95(samples))} ms`;
  };
  for (const key of STORY_SORT_KEYS.filter((name) => name !== 'relevance')) {
    for (const direction of ['asc', 'desc'] as const) {
      const start = performance.now();
      await page({ sort: { key, direction } });
      const build = performance.now() - start;
      console.log(
        `  sort ${key} ${direction}: first use ${ms(build)} ms; then ${await timed({ sort: { key, direction } })}`,
      );
    }
  }
  const combined = await page({ filters: COMBINED });
  console.log(
    `  filter combination (${combined.total} hits), newest first: ${await timed({ filters: COMBINED })}`,
  );
  const byHeadline = { filters: COMBINED, sort: { key: 'headline', direction: 'asc' } } as const;
  console.log(`  same, by headline: ${await timed(byHeadline)}`);
  const summaries = await library.summaries();
  const hits = new Map(summaries.slice(0, 1000).map((summary, rank) => [summary.id, 1000 - rank]));
  console.log(
    `  1,000 search hits by relevance: ${await timed({ onlyIds: hits, sort: { key: 'relevance', direction: 'desc' } })}`,
  );
  console.log(
    `  1,000 search hits by headline: ${await timed({ onlyIds: hits, sort: { key: 'headline', direction: 'asc' } })}`,
  );
  const start = performance.now();
  await library.facets('active');
  console.log(`  facets (first, counts built): ${ms(performance.now() - start)} ms`);
  console.log(
    `  process memory after all orders built: rss ${mb(process.memoryUsage().rss)} MB, heap ${mb(process.memoryUsage().heapUsed)} MB`,
  );
  await library.close();
}

/**
 * In a fresh process too: the memory figures are main's, not those of the process that generated the library
 * (which holds 100,000 generated stories' garbage).
 */
function queryLatenciesInFreshProcess(dir: string, runs: number): void {
  execFileSync(
    process.execPath,
    [...process.execArgv, process.argv[1]!, '--measure-queries', dir, String(runs)],
    {
      stdio: 'inherit',
    },
  );
}

export async function runLibraryOpenBenchmark(args: string[]): Promise<void> {
  if (args[0] === '--measure-open') return measureOneOpen(args[1]!);
  if (args[0] === '--measure-queries') return queryLatencies(args[1]!, Number(args[2]));
  const option = (name: string, fallback: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1]! : fallback;
  };
  const sizes = option('--stories', '10000,100000').split(',').map(Number);
  const runs = Number(option('--runs', '7'));
  const queries = Number(option('--queries', '50'));
  const root = await mkdtemp(join(tmpdir(), 'copydesk-library-open-'));
  try {
    for (const size of sizes) {
      const dir = join(root, String(size));
      const built = performance.now();
      await buildVariedLibrary(dir, size);
      // One open and close leaves index.json as the app would after any session: compacted, in list order.
      await (await openLibrary(dir)).close();
      execFileSync('sync');
      console.log(
        `${size.toLocaleString('en')} stories (built in ${ms((performance.now() - built) / 1000)} s):`,
      );
      const opens = Array.from({ length: runs }, () => openInFreshProcess(dir));
      const stat = (pick: (run: (typeof opens)[number]) => number) =>
        `median ${ms(median(opens.map(pick)))} ms, p95 ${ms(p95(opens.map(pick)))} ms`;
      console.log(
        `  first page shown (phase 1), fresh process, ${runs} runs: ${stat((run) => run.firstPage)}`,
      );
      console.log(`  full open (phase 2), same processes: ${stat((run) => run.open)}`);
      console.log(
        `  memory after open: rss ${mb(median(opens.map((run) => run.rss)))} MB, heap ${mb(median(opens.map((run) => run.heap)))} MB`,
      );
      queryLatenciesInFreshProcess(dir, queries);
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
