import type { RequestEnvelope, SearchWorkerInit } from './protocol';
import type { SearchPort } from './serveSearchWorker';

/** Electron's `process.parentPort` in a utility process: its messages arrive wrapped in an event. */
export interface ElectronParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

export const SEARCH_INIT_ARGUMENT = '--copydesk-search=';

export function utilityProcessPort(parentPort: ElectronParentPort): SearchPort {
  return {
    on: (_event, listener) => parentPort.on('message', ({ data }) => listener(data as RequestEnvelope)),
    postMessage: (reply) => parentPort.postMessage(reply),
  };
}

/** The init a utility process is started with, passed as an argument since it has no `workerData`. */
export function searchInitArgument(init: SearchWorkerInit): string {
  return `${SEARCH_INIT_ARGUMENT}${JSON.stringify(init)}`;
}

export function searchInitFrom(argv: readonly string[]): SearchWorkerInit {
  const argument = argv.find((value) => value.startsWith(SEARCH_INIT_ARGUMENT));
  const init: unknown = argument ? JSON.parse(argument.slice(SEARCH_INIT_ARGUMENT.length)) : undefined;
  const { engine, indexFile } = (init ?? {}) as Partial<SearchWorkerInit>;
  if (typeof engine !== 'string' || typeof indexFile !== 'string') {
    throw new Error('The search process was started without its engine and index file.');
  }
  return { engine, indexFile };
}
