import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '@shared/contract/result';
import type { TestServer } from './support/testServer';
import { rawRequest, startTestServer } from './support/testServer';

const dispatched: string[] = [];
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(async (channel) => {
    dispatched.push(channel);
    return ok(null);
  });
});

afterAll(() => server.close());

describe('host and origin checks', () => {
  it.each(['127.0.0.1', 'localhost', 'LOCALHOST'])('serves Host %s with the right port', async (name) => {
    const response = await rawRequest(server.port, {
      path: '/',
      headers: { host: `${name}:${server.port}` },
    });
    expect(response.status).toBe(200);
  });

  it.each(['evil.example:PORT', 'evil.example', '127.0.0.1', '127.0.0.1:1', 'localhost.evil.example:PORT'])(
    'refuses Host "%s" with 403',
    async (host) => {
      const response = await rawRequest(server.port, {
        path: '/',
        headers: { host: host.replace('PORT', String(server.port)) },
      });
      expect(response.status).toBe(403);
    },
  );

  it('refuses a request without a Host header', async () => {
    const response = await rawRequest(server.port, { path: '/', headers: { host: undefined } });
    // Node itself answers 400 for HTTP/1.1 without Host; the harness's 403 is the fallback.
    expect([400, 403]).toContain(response.status);
  });

  it('refuses an API call from a foreign origin without dispatching it', async () => {
    dispatched.length = 0;
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${server.port + 1}`]) {
      const response = await rawRequest(server.port, {
        method: 'POST',
        path: '/api/echo:input',
        headers: { origin, 'content-type': 'text/plain' },
        body: '{}',
      });
      expect(response.status, origin).toBe(403);
    }
    expect(dispatched).toEqual([]);
  });

  it('accepts its own origin', async () => {
    const response = await rawRequest(server.port, {
      method: 'POST',
      path: '/api/echo:input',
      headers: { origin: `http://localhost:${server.port}` },
      body: '{"a":1}',
    });
    expect(response.status).toBe(200);
  });
});
