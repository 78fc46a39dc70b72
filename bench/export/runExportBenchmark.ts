import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../editor/snapshotHarness';
import { buildLibrary } from '../saveStory/bulkLibrary';
import { median } from '../saveStory/statistics';
import { timeBatchNitf } from './batchNitf';
import type { BatchTiming } from './batchNitf';
import { timeOneStory } from './oneStoryFormats';

const USAGE = 'Usage: --words 2000 --runs 30 --stories 10000 --batches 3';

function option(args: string[], flag: string, fallback: number, least: number): number {
  const at = args.indexOf(flag);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < least) throw new Error(USAGE);
  return value;
}

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);

export async function runExportBenchmark(args: string[]): Promise<void> {
  const words = option(args, '--words', 2000, 100);
  const runs = option(args, '--runs', 30, 1);
  const stories = option(args, '--stories', 10_000, 1);
  const batches = option(args, '--batches', 3, 1);
  if (!existsSync(join(REPO, 'out/main/cli.js')))
    throw new Error('Run npm run build first: out/main/cli.js is missing.');
  console.log(`${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)}`);

  const one = await timeOneStory(words, runs);
  console.log(`\nOne story of ${one.wordCount} words, ${runs} runs after 3 warm-up runs (ms):`);
  console.log(`${'format'.padEnd(34)}${'median'.padStart(9)}${'p95'.padStart(9)}${'bytes'.padStart(10)}`);
  for (const row of one.rows) {
    console.log(
      `${row.label.padEnd(34)}${ms(row.median).padStart(9)}${ms(row.p95).padStart(9)}${String(row.bytes || '').padStart(10)}`,
    );
  }

  const root = await mkdtemp(join(tmpdir(), 'copydesk-export-bench-'));
  try {
    const library = join(root, 'library');
    await buildLibrary(library, stories);
    const timings: BatchTiming[] = [];
    for (let batch = 0; batch < batches; batch++) {
      timings.push(await timeBatchNitf(library, join(root, `out-${batch}`)));
      await rm(join(root, `out-${batch}`), { recursive: true, force: true });
    }
    console.log(`\nBatch NITF export of ${stories} stories with the built command line, ${batches} runs:`);
    console.log(
      `  median ${median(timings.map((timing) => timing.seconds)).toFixed(1)} s ` +
        `(runs: ${timings.map((timing) => timing.seconds.toFixed(1)).join(', ')} s), ` +
        `${timings[0]!.files} files, peak memory ${median(timings.map((timing) => timing.peakRssMb))} MB`,
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  console.log('\nTargets: every format of a 2,000-word story < 50 ms; NITF batch of 10,000 stories < 30 s.');
}
