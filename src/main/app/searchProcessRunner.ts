import { endpointRunner } from '../search/runner/endpointRunner';
import type { SearchRunner } from '../search/runner/SearchRunner';
import type { ReplyEnvelope } from '../search/worker/protocol';
import { searchInitArgument } from '../search/worker/utilityProcessPort';

/** The part of Electron's UtilityProcess the runner uses. */
export interface SearchProcess {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: ReplyEnvelope) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}

export type ForkSearchProcess = (
  modulePath: string,
  args: string[],
  options: { serviceName: string },
) => SearchProcess;

/**
 * The search index in a utility process of its own (Electron's `utilityProcess.fork`): its memory, hundreds of
 * megabytes at 100,000 stories, is then not the main process's, and a crash of it cannot take the app down.
 */
export function searchProcessRunner(fork: ForkSearchProcess, script: string): SearchRunner {
  return endpointRunner((init) => {
    const child = fork(script, [searchInitArgument(init)], { serviceName: 'Copydesk search index' });
    return {
      send: (envelope) => child.postMessage(envelope),
      onReply: (listener) => child.on('message', listener),
      onFailure: (listener) =>
        child.on('exit', (code) => listener(new Error(`The search process stopped (exit code ${code}).`))),
      // The process lives as long as the app, busy or not.
      setBusy: () => undefined,
      stop: async () => {
        child.kill();
      },
    };
  });
}
