import type {
  ReplyEnvelope,
  RequestEnvelope,
  SearchReply,
  SearchRequest,
  SearchWorkerInit,
} from '../worker/protocol';
import type { SearchRunner } from './SearchRunner';

/** Wherever the index runs, as the runner sees it: a worker thread or a utility process. */
export interface SearchEndpoint {
  send(envelope: RequestEnvelope): void;
  onReply(listener: (reply: ReplyEnvelope) => void): void;
  /** Called once if the endpoint dies or cannot start. */
  onFailure(listener: (error: Error) => void): void;
  /** Told whether answers are awaited, so an idle thread need not keep a command-line run alive. */
  setBusy(busy: boolean): void;
  stop(): Promise<void>;
}

interface Waiting {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** Numbers each request and hands its answer to its caller; a dead endpoint refuses all that wait and follow. */
export function endpointRunner(start: (init: SearchWorkerInit) => SearchEndpoint): SearchRunner {
  return (init) => {
    const endpoint = start(init);
    const waiting = new Map<number, Waiting>();
    let nextSeq = 1;
    let failure: Error | undefined;
    const updateBusy = () => endpoint.setBusy(waiting.size > 0);
    updateBusy();
    const failAll = (error: Error) => {
      failure ??= error;
      for (const { reject } of waiting.values()) reject(failure);
      waiting.clear();
      updateBusy();
    };
    endpoint.onReply((reply) => {
      const caller = waiting.get(reply.seq);
      if (!caller) return;
      waiting.delete(reply.seq);
      updateBusy();
      if (reply.ok) caller.resolve(reply.value);
      else caller.reject(new Error(reply.message));
    });
    endpoint.onFailure(failAll);

    return {
      request: <R extends SearchRequest>(request: R) =>
        new Promise<SearchReply<R>>((resolve, reject) => {
          if (failure) return reject(failure);
          const seq = nextSeq++;
          waiting.set(seq, { resolve: resolve as (value: unknown) => void, reject });
          updateBusy();
          endpoint.send({ seq, request });
        }),
      close: async () => {
        failAll(new Error('The search index is closed.'));
        await endpoint.stop();
      },
    };
  };
}
