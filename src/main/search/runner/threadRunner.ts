import { Worker } from 'node:worker_threads';
import type { SearchWorkerInit } from '../worker/protocol';
import { endpointRunner } from './endpointRunner';
import type { SearchEndpoint } from './endpointRunner';
import type { SearchRunner } from './SearchRunner';

function threadEndpoint(worker: Worker): SearchEndpoint {
  return {
    send: (envelope) => worker.postMessage(envelope),
    onReply: (listener) => worker.on('message', listener),
    onFailure: (listener) => {
      worker.on('error', listener);
      worker.on('exit', (code) => listener(new Error(`The search worker stopped (exit code ${code}).`)));
    },
    // An idle worker must not keep a command-line run alive; one with work under way must.
    setBusy: (busy) => (busy ? worker.ref() : worker.unref()),
    stop: async () => {
      await worker.terminate();
    },
  };
}

/** Runs the index in a worker thread that `start` creates, so building and loading never block this thread. */
export function threadRunner(start: (init: SearchWorkerInit) => Worker): SearchRunner {
  return endpointRunner((init) => threadEndpoint(start(init)));
}

/** The built worker (out/main/searchWorker.js) in a thread. */
export function scriptRunner(script: string): SearchRunner {
  return threadRunner((init) => new Worker(script, { workerData: init }));
}
