import { Worker } from 'node:worker_threads';
import type { SearchRunner } from '../../../../src/main/search/runner/SearchRunner';
import { threadRunner } from '../../../../src/main/search/runner/threadRunner';

/** A worker thread running a TypeScript entry through tsx, which a plain `new Worker(file.ts)` cannot start. */
export function typeScriptWorkerRunner(entry: string): SearchRunner {
  const boot = `require('tsx/cjs'); require(${JSON.stringify(entry)});`;
  return threadRunner((init) => new Worker(boot, { eval: true, workerData: init }));
}
