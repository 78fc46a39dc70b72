import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const HARNESS_ENTRY = resolve(__dirname, '../../../out/main/harness.js');
const READY_LINE = /^Copydesk harness: (http:\/\/127\.0\.0\.1:\d+\/) \(library: (.+)\)$/m;
const START_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 10_000;

export interface HarnessProcess {
  url: string;
  libraryDir: string;
  /** Everything the harness wrote to stderr so far; a clean run writes nothing. */
  stderr(): string;
  /** Asks the harness to close its library (SIGTERM), then deletes the library folder. */
  stop(): Promise<{ exitCode: number | null; stderr: string }>;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolvePromise) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolvePromise(code);
    });
  });
}

function waitForReadyLine(child: ChildProcess, output: { stdout: string; stderr: string }) {
  return new Promise<{ url: string; libraryDir: string }>((resolvePromise, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`The harness ${why}.\nstdout:\n${output.stdout}\nstderr:\n${output.stderr}`));
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(`printed no URL within ${START_TIMEOUT_MS} ms`);
    }, START_TIMEOUT_MS);
    child.stdout?.on('data', () => {
      const match = READY_LINE.exec(output.stdout);
      if (!match?.[1] || !match[2]) return;
      clearTimeout(timer);
      resolvePromise({ url: match[1], libraryDir: match[2] });
    });
    child.once('exit', (code, signal) => fail(`exited before it was ready (code ${code}, signal ${signal})`));
    child.once('error', (error) => fail(`could not be started: ${error.message}`));
  });
}

/**
 * Runs the built harness (`node out/main/harness.js`) on a free port over a fresh library folder, which
 * `fillLibrary` may fill first (with a generated library, say).
 */
export async function startHarnessProcess(
  fillLibrary?: (dir: string) => Promise<void>,
): Promise<HarnessProcess> {
  if (!existsSync(HARNESS_ENTRY)) {
    throw new Error(`${HARNESS_ENTRY} is missing: run npm run build first.`);
  }
  const libraryDir = await mkdtemp(join(tmpdir(), 'copydesk-e2e-'));
  await fillLibrary?.(libraryDir);
  const child = spawn(process.execPath, [HARNESS_ENTRY, '--port', '0', '--library', libraryDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (text: string) => (output.stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (output.stderr += text));
  let ready: { url: string; libraryDir: string };
  try {
    ready = await waitForReadyLine(child, output);
  } catch (error) {
    await rm(libraryDir, { recursive: true, force: true });
    throw error;
  }
  return {
    ...ready,
    stderr: () => output.stderr,
    stop: async () => {
      child.kill('SIGTERM');
      const exitCode = await waitForExit(child, STOP_TIMEOUT_MS);
      await rm(libraryDir, { recursive: true, force: true });
      return { exitCode, stderr: output.stderr };
    },
  };
}
