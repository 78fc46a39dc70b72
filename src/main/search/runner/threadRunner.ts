import { Worker } from 'node:worker_threads';
import type {
  ReplyEnvelope,
  RequestEnvelope,
  SearchReply,
  SearchRequest,
  SearchWorkerInit,
} from '../worker/protocol';
import type { SearchRunner } from './SearchRunner';

interface Waiting {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** Runs the index in a worker thread that `start` creates, so building and loading never block this thread. */
export function threadRunner(start: (init: SearchWorkerInit) => Worker): SearchRunner {
  return (init) => {
    const worker = start(init);
    const waiting = new Map<number, Waiting>();
    let nextSeq = 1;
    let failure: Error | undefined;

    // An idle worker must not keep a command-line run alive; one with work under way must.
    const refWhileBusy = () => (waiting.size > 0 ? worker.ref() : worker.unref());
    refWhileBusy();
    const failAll = (error: Error) => {
      failure ??= error;
      for (const { reject } of waiting.values()) reject(failure);
      waiting.clear();
      refWhileBusy();
    };
    worker.on('message', (reply: ReplyEnvelope) => {
      const caller = waiting.get(reply.seq);
      if (!caller) return;
      waiting.delete(reply.seq);
      refWhileBusy();
      if (reply.ok) caller.resolve(reply.value);
      else caller.reject(new Error(reply.message));
    });
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`The search worker stopped (exit code ${code}).`)));

    return {
      request: <R extends SearchRequest>(request: R) =>
        new Promise<SearchReply<R>>((resolve, reject) => {
          if (failure) return reject(failure);
          const seq = nextSeq++;
          waiting.set(seq, { resolve: resolve as (value: unknown) => void, reject });
          refWhileBusy();
          worker.postMessage({ seq, request } satisfies RequestEnvelope);
        }),
      close: async () => {
        failAll(new Error('The search index is closed.'));
        await worker.terminate();
      },
    };
  };
}

/** The built worker (out/main/searchWorker.js) in a thread. */
export function scriptRunner(script: string): SearchRunner {
  return threadRunner((init) => new Worker(script, { workerData: init }));
}
