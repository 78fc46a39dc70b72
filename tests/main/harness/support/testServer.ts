import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dispatch } from '../../../../src/main/api/dispatch';
import { createHarnessServer, listenOnLoopback } from '../../../../src/main/harness/createHarnessServer';

export const FAKE_INDEX_HTML = '<!doctype html><title>Fake Copydesk</title>';
export const SECRET = 'outside-the-static-root';

export interface TestServer {
  port: number;
  /** Parent of staticRoot, holding secret.txt, which no request may read. */
  workDir: string;
  staticRoot: string;
  close(): Promise<void>;
}

/** A harness server over a fake build folder, with a secret file next to it for traversal attempts. */
export async function startTestServer(dispatch: Dispatch): Promise<TestServer> {
  const workDir = await mkdtemp(join(tmpdir(), 'copydesk-harness-test-'));
  const staticRoot = join(workDir, 'renderer');
  await mkdir(join(staticRoot, 'assets'), { recursive: true });
  await writeFile(join(staticRoot, 'index.html'), FAKE_INDEX_HTML);
  await writeFile(join(staticRoot, 'assets', 'app.js'), 'console.log("app");');
  await writeFile(join(staticRoot, 'assets', 'app.css'), 'body { margin: 0; }');
  await writeFile(join(workDir, 'secret.txt'), SECRET);
  const server = createHarnessServer({ staticRoot, dispatch, logError: () => {} });
  const port = await listenOnLoopback(server, 0);
  return {
    port,
    workDir,
    staticRoot,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await rm(workDir, { recursive: true, force: true });
    },
  };
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Lets a test send no Host header at all by setting it to undefined. */
function withoutUndefined(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== undefined));
}

export interface RawRequest {
  method?: string;
  /** Sent byte for byte, unlike fetch, which would normalize "/../" away before it left. */
  path: string;
  headers?: OutgoingHttpHeaders;
  body?: string | Buffer;
}

export function rawRequest(port: number, options: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: withoutUndefined({ host: `127.0.0.1:${port}`, ...options.headers }),
        setHost: false,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

export function postJson(port: number, channel: string, input: unknown): Promise<RawResponse> {
  return rawRequest(port, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
}
