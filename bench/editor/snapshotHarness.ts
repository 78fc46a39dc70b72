import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '../..');
const READY_LINE = /^Copydesk harness: (http:\/\/127\.0\.0\.1:\d+\/) \(library: .+\)$/m;
const START_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 10_000;

export interface SnapshotHarness {
  url: string;
  /** Stops the harness (SIGTERM, as a user would) and deletes the snapshot and its library. */
  stop(): Promise<void>;
}

function waitForUrl(child: ChildProcess, output: { text: string }): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The harness printed no URL within ${START_TIMEOUT_MS} ms:\n${output.text}`));
    }, START_TIMEOUT_MS);
    child.stdout?.on('data', () => {
      const url = READY_LINE.exec(output.text)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolvePromise(url);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The harness exited (code ${code}) before it was ready:\n${output.text}`));
    });
  });
}

/**
 * Serves a copy of the build in `built` (normally `out/`) taken now, over a fresh library: a rebuild
 * while the benchmark runs (others build the same checkout) would otherwise mix two versions of the app
 * into one set of figures.
 */
export async function startSnapshotHarness(built: string): Promise<SnapshotHarness> {
  if (!existsSync(join(built, 'main/harness.js'))) {
    throw new Error(`${built} holds no build: run npm run build first.`);
  }
  const root = await mkdtemp(join(tmpdir(), 'copydesk-typing-bench-'));
  await cp(built, join(root, 'out'), { recursive: true });
  // The built harness requires its external dependencies (zod) by bare name, found next to the copy.
  await symlink(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
  const library = join(root, 'library');
  await mkdir(library);
  const child = spawn(
    process.execPath,
    [join(root, 'out/main/harness.js'), '--port', '0', '--library', library],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output = { text: '' };
  child.stdout.setEncoding('utf8').on('data', (text: string) => (output.text += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (output.text += text));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      // Closing the library should take a moment; a harness stuck in it must not hold the benchmark.
      const stuck = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(stuck);
    }
    await rm(root, { recursive: true, force: true });
  };
  try {
    return { url: await waitForUrl(child, output), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
