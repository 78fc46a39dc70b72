import { mkdtemp } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ErrorLog } from '../api/dispatch';
import { startLibraryService } from '../startLibraryService';
import { createHarnessServer, listenOnLoopback } from './createHarnessServer';

export interface HarnessOptions {
  port: number;
  /** Undefined opens a fresh temporary library. */
  library: string | undefined;
  staticRoot: string;
  logError?: ErrorLog;
}

export interface RunningHarness {
  url: string;
  libraryDir: string;
  /** Stops taking requests, lets those in flight finish, then closes the library. */
  close(): Promise<void>;
}

const CLOSE_GRACE_MS = 2_000;

function stopServer(server: Server): Promise<void> {
  return new Promise((resolvePromise) => {
    // A browser may hold a request open; the library must still close in bounded time.
    const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
    server.close(() => {
      clearTimeout(force);
      resolvePromise();
    });
    server.closeIdleConnections();
  });
}

export async function startHarness(options: HarnessOptions): Promise<RunningHarness> {
  const libraryDir = options.library
    ? resolve(options.library)
    : await mkdtemp(join(tmpdir(), 'copydesk-harness-'));
  const { library, dispatch, loaded } = await startLibraryService(libraryDir, options.logError);
  // Unlike the app, the harness is ready only once fully open: a library it cannot open stops it at start.
  try {
    await loaded;
  } catch (error) {
    await library.close();
    throw error;
  }
  const server = createHarnessServer({
    staticRoot: options.staticRoot,
    dispatch,
    logError: options.logError,
  });
  let port: number;
  try {
    port = await listenOnLoopback(server, options.port);
  } catch (error) {
    await library.close();
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}/`,
    libraryDir,
    close: async () => {
      await stopServer(server);
      await library.close();
    },
  };
}
