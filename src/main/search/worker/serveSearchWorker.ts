import type { SearchEngineKind } from '../SearchEngine';
import type { ReplyEnvelope, RequestEnvelope, SearchWorkerInit } from './protocol';
import { SearchWorkerCore } from './SearchWorkerCore';

export function engineKindNamed(kinds: readonly SearchEngineKind[], name: string): SearchEngineKind {
  const kind = kinds.find((candidate) => candidate.name === name);
  if (!kind) throw new Error(`The search worker has no engine named ${JSON.stringify(name)}.`);
  return kind;
}

/** The worker's side of the line: a worker thread's parent port, or a utility process's (see parentPortLine). */
export interface SearchPort {
  on(event: 'message', listener: (envelope: RequestEnvelope) => void): void;
  postMessage(reply: ReplyEnvelope): void;
}

/** Answers the service's requests on `port` with the engine kind the service asked for. */
export function serveSearchWorker(
  port: SearchPort,
  init: SearchWorkerInit,
  kinds: readonly SearchEngineKind[],
): void {
  const core = new SearchWorkerCore(init, engineKindNamed(kinds, init.engine));
  port.on('message', ({ seq, request }: RequestEnvelope) => {
    core.handle(request).then(
      (value) => port.postMessage({ seq, ok: true, value } satisfies ReplyEnvelope),
      (error: unknown) =>
        port.postMessage({
          seq,
          ok: false,
          message: error instanceof Error ? error.message : String(error),
        } satisfies ReplyEnvelope),
    );
  });
}
