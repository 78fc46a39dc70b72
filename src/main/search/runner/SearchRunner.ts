import type { SearchEngineKind } from '../SearchEngine';
import type { SearchReply, SearchRequest, SearchWorkerInit } from '../worker/protocol';

/** The service's line to wherever the index lives: a worker thread, or this thread for tests and benchmarks. */
export interface SearchChannel {
  request<R extends SearchRequest>(request: R): Promise<SearchReply<R>>;
  /** Stops the worker; requests still waiting are refused. */
  close(): Promise<void>;
}

export type SearchRunner = (init: SearchWorkerInit, kind: SearchEngineKind) => SearchChannel;
