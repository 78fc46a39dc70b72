import { parentPort, workerData } from 'node:worker_threads';
import { serveSearchWorker } from '../../../../src/main/search/worker/serveSearchWorker';
import type { SearchWorkerInit } from '../../../../src/main/search/worker/protocol';
import { substringEngineKind } from './substringEngine';

// The test twin of src/main/search/worker/searchWorker.ts, serving the substring engine.
if (!parentPort) throw new Error('Runs only as a worker thread.');
serveSearchWorker(parentPort, workerData as SearchWorkerInit, [substringEngineKind]);
