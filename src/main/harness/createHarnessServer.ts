import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { Dispatch, ErrorLog } from '../api/dispatch';
import { API_PREFIX, handleApiCall } from './apiRoute';
import { isAllowedHost, isAllowedOrigin } from './requestOrigin';
import { sendText } from './responses';
import { setSecurityHeaders } from './securityHeaders';
import { serveStaticFile } from './staticFiles';

export interface HarnessServerOptions {
  /** The folder of the built renderer; injectable so tests can serve a fake one. */
  staticRoot: string;
  dispatch: Dispatch;
  logError?: ErrorLog;
}

function boundPort(server: Server): number {
  const address = server.address();
  return typeof address === 'object' && address ? address.port : -1;
}

function decodeChannel(encoded: string): string | undefined {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

async function route(request: IncomingMessage, response: ServerResponse, options: HarnessServerOptions) {
  const urlPath = (request.url ?? '/').split('?')[0] ?? '/';
  if (!urlPath.startsWith(API_PREFIX)) return serveStaticFile(request, response, options.staticRoot, urlPath);
  const channel = decodeChannel(urlPath.slice(API_PREFIX.length));
  if (channel === undefined) return sendText(response, 404, 'Not found');
  return handleApiCall(request, response, channel, options.dispatch);
}

/** The harness's HTTP server, not yet listening: see listenOnLoopback. */
export function createHarnessServer(options: HarnessServerOptions): Server {
  const logError = options.logError ?? console.error;
  const server = createServer((request, response) => {
    setSecurityHeaders(response);
    const port = boundPort(server);
    if (!isAllowedHost(request.headers.host, port) || !isAllowedOrigin(request.headers.origin, port)) {
      sendText(response, 403, 'Forbidden: the harness only answers its own page on 127.0.0.1 or localhost');
      return;
    }
    route(request, response, options).catch((error: unknown) => {
      logError(`harness: ${request.method} ${request.url} failed`, error);
      if (response.headersSent) response.destroy();
      else sendText(response, 500, 'Internal error; see the harness log');
    });
  });
  return server;
}

/** Resolves with the bound port; only the loopback interface, so nothing on the network can reach it. */
export function listenOnLoopback(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(boundPort(server));
    });
  });
}
