import { parentPort, workerData } from 'node:worker_threads';
import type { SearchWorkerInit } from './protocol';
import { searchEngineKinds } from './searchEngineKinds';
import { serveSearchWorker } from './serveSearchWorker';
import { searchInitFrom, utilityProcessPort } from './utilityProcessPort';
import type { ElectronParentPort } from './utilityProcessPort';

// The entry of out/main/searchWorker.js: a utility process in the app (so the index's memory is not the main
// process's), a worker thread under plain Node (the harness, tests).
const electronParent = (process as { parentPort?: ElectronParentPort }).parentPort;
if (parentPort) {
  serveSearchWorker(parentPort, workerData as SearchWorkerInit, searchEngineKinds);
} else if (electronParent) {
  serveSearchWorker(utilityProcessPort(electronParent), searchInitFrom(process.argv), searchEngineKinds);
} else {
  throw new Error('The search worker runs only as a worker thread or an Electron utility process.');
}
