import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { summarize } from '@shared/story/summarize';
import { generateStories } from './bulkLibrary';
import {
  durableWriteOf,
  indexRewriteOf,
  journalAppendOf,
  singleFileOf,
  writeSyncRenameOf,
} from './designFloors';
import { printReport } from './report';
import type { Floors } from './report';
import { timeEach } from './statistics';
import { subjectOf } from './subject';
import type { Subject } from './subject';

const ROUNDS = 10;
const WARMUP_SAVES = 10;

function parseOptions(args: string[]): { sizes: number[]; saves: number } {
  const valueOf = (flag: string) => {
    const at = args.indexOf(flag);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const sizes = (valueOf('--stories') ?? '10,10000').split(',').map(Number);
  const saves = Number(valueOf('--saves') ?? 200);
  if (
    sizes.some((size) => !Number.isInteger(size) || size < 1) ||
    !Number.isInteger(saves) ||
    saves < ROUNDS
  ) {
    throw new Error('Usage: --stories 10,10000 --saves 200 (whole numbers; at least 10 saves)');
  }
  return { sizes, saves };
}

export async function runBenchmark(args: string[]): Promise<void> {
  const { sizes, saves } = parseOptions(args);
  const root = await mkdtemp(join(tmpdir(), 'copydesk-bench-'));
  const subjects: Subject[] = [];
  try {
    for (const size of sizes) subjects.push(await subjectOf(root, size));
    // The bulk build leaves ~100 MB of dirty pages; flushing them now keeps their writeback out of the timings.
    spawnSync('sync');
    const scratch = join(root, 'scratch');
    await mkdir(scratch);
    const sample = await subjects[0]!.library.get(subjects[0]!.storyId);
    const json = JSON.stringify(sample);
    const journalLine = `${JSON.stringify({ seq: 1, op: 'put', summary: summarize(sample) })}\n`;
    const floors: Floors = { durable: [], raw: [], journal: [] };

    for (const subject of subjects) for (let run = 0; run < WARMUP_SAVES; run++) await subject.save();
    // Interleaved rounds, so drift on a shared machine hits every scenario alike.
    const perRound = Math.ceil(saves / ROUNDS);
    for (let round = 0; round < ROUNDS; round++) {
      for (const subject of subjects) subject.samples.push(...(await timeEach(perRound, subject.save)));
      floors.durable.push(...(await durableWriteOf(scratch, json, perRound)));
      floors.raw.push(...(await writeSyncRenameOf(scratch, json, perRound)));
      floors.journal.push(...(await journalAppendOf(scratch, journalLine, perRound)));
    }
    // Past ~80,000 stories one JSON string of them all exceeds V8's string limit, so compare at up to 10,000.
    const compared = subjects.reduce((best, subject) =>
      subject.size <= 10_000 && (best.size > 10_000 || subject.size > best.size) ? subject : best,
    );
    const comparedStories = generateStories(compared.size);
    const rejected = {
      size: compared.size,
      indexRewrite: await indexRewriteOf(scratch, comparedStories, 20),
      singleFile: await singleFileOf(scratch, comparedStories, 3),
    };
    for (const subject of subjects) {
      const closing = performance.now();
      await subject.library.close();
      subject.closeMs = performance.now() - closing;
    }
    printReport(sample, subjects, floors, rejected);
  } finally {
    await Promise.all(subjects.map((subject) => subject.library.close()));
    await rm(root, { recursive: true, force: true });
  }
}
