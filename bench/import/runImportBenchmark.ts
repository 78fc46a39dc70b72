import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO } from '../editor/snapshotHarness';
import { median } from '../saveStory/statistics';
import { plainCopy } from './plainCopy';

function option(args: string[], flag: string, fallback: number): number {
  const at = args.indexOf(flag);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error('Usage: --files 1000 --words 800 --runs 3');
  return value;
}

function runCli(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO, 'out/main/cli.js'), ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (errors += text));
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`copydesk exited with ${code}:\n${errors}`)),
    );
  });
}

/** Writes the copy files once, then imports them all into a fresh library per run with one command line. */
export async function runImportBenchmark(args: string[]): Promise<void> {
  const files = option(args, '--files', 1000);
  const words = option(args, '--words', 800);
  const runs = option(args, '--runs', 3);
  if (!existsSync(join(REPO, 'out/main/cli.js')))
    throw new Error('Run npm run build first: out/main/cli.js is missing.');
  console.log(`${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)}`);
  const root = await mkdtemp(join(tmpdir(), 'copydesk-import-bench-'));
  try {
    const copy = join(root, 'copy');
    await mkdir(copy);
    const paths = Array.from({ length: files }, (_, index) => join(copy, `story-${index}.txt`));
    await Promise.all(paths.map((path, index) => writeFile(path, plainCopy(index, words))));
    const seconds: number[] = [];
    for (let run = 0; run < runs; run++) {
      const library = join(root, `library-${run}`);
      // The command line imports into an existing library only (the app makes one on first start): an empty
      // stories folder is enough for it to open one.
      await mkdir(join(library, 'stories'), { recursive: true });
      const start = performance.now();
      await runCli(['import', '--quiet', '--library', library, ...paths]);
      seconds.push((performance.now() - start) / 1000);
    }
    console.log(
      `Imported ${files} plain-text stories of ~${words} words with the built command line: median ` +
        `${median(seconds).toFixed(1)} s (runs: ${seconds.map((value) => value.toFixed(1)).join(', ')} s). Target < 10 s.`,
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
