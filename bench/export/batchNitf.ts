import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO } from '../editor/snapshotHarness';

export interface BatchTiming {
  seconds: number;
  files: number;
  peakRssMb: number;
}

/** Runs the built `copydesk export --format nitf` on a library, as a desk would, and times it whole. */
export async function timeBatchNitf(library: string, out: string): Promise<BatchTiming> {
  const cli = join(REPO, 'out/main/cli.js');
  const start = performance.now();
  const { code, stderr, peakRssMb } = await new Promise<{
    code: number | null;
    stderr: string;
    peakRssMb: number;
  }>((resolve) => {
    // /usr/bin/time is not everywhere; the child reports its own peak memory through an exit hook.
    const child = spawn(
      process.execPath,
      [
        '--require',
        join(__dirname, 'reportPeakMemory.cjs'),
        cli,
        'export',
        '--library',
        library,
        '--format',
        'nitf',
        '--out',
        out,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let errors = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (errors += text));
    child.on('exit', (exitCode) => {
      const peak = /peak-rss-mb=(\d+)/.exec(errors);
      resolve({ code: exitCode, stderr: errors, peakRssMb: peak ? Number(peak[1]) : Number.NaN });
    });
  });
  const seconds = (performance.now() - start) / 1000;
  if (code !== 0) throw new Error(`copydesk export exited with ${code}:\n${stderr}`);
  return { seconds, files: (await readdir(out)).length, peakRssMb };
}
