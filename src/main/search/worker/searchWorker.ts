import { parentPort, workerData } from 'node:worker_threads';
import type { SearchWorkerInit } from './protocol';
import { searchEngineKinds } from './searchEngineKinds';
import { serveSearchWorker } from './serveSearchWorker';

// The entry of out/main/searchWorker.js, started by threadRunner.
if (!parentPort) throw new Error('The search worker runs only as a worker thread.');
serveSearchWorker(parentPort, workerData as SearchWorkerInit, searchEngineKinds);
