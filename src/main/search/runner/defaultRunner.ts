import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { inProcessRunner } from './inProcessRunner';
import type { SearchRunner } from './SearchRunner';
import { scriptRunner } from './threadRunner';

export const SEARCH_WORKER_SCRIPT = 'searchWorker.js';

/** The built worker script: beside the bundle that holds this code, or one folder up from a shared chunk. */
export function builtWorkerScript(from: string = __dirname): string | undefined {
  return [join(from, SEARCH_WORKER_SCRIPT), join(from, '..', SEARCH_WORKER_SCRIPT)].find((path) =>
    existsSync(path),
  );
}

/** A worker thread in the built app; in this thread when run from the sources (tests, tsx benchmarks). */
export function defaultRunner(from?: string): SearchRunner {
  const script = builtWorkerScript(from);
  return script ? scriptRunner(script) : inProcessRunner;
}
