import type { SearchReply, SearchRequest } from '../worker/protocol';
import { SearchWorkerCore } from '../worker/SearchWorkerCore';
import type { SearchRunner } from './SearchRunner';

/**
 * The worker's logic in this thread: for tests and benchmarks run from the TypeScript sources, where no built
 * worker script exists. Building and loading then do block this thread.
 */
export const inProcessRunner: SearchRunner = (init, kind) => {
  const core = new SearchWorkerCore(init, kind);
  let closed = false;
  return {
    request: async <R extends SearchRequest>(request: R) => {
      if (closed) throw new Error('The search index is closed.');
      return (await core.handle(request)) as SearchReply<R>;
    },
    close: async () => {
      closed = true;
    },
  };
};
