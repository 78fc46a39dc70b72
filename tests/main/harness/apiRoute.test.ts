import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '@shared/contract/result';
import { fail, ok } from '@shared/contract/result';
import { MAX_BODY_BYTES } from '../../../src/main/harness/readBody';
import type { RawResponse, TestServer } from './support/testServer';
import { streamBody } from './support/streamBody';
import { postJson, rawRequest, startTestServer } from './support/testServer';

const calls: { channel: string; input: unknown }[] = [];
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(async (channel, input) => {
    calls.push({ channel, input });
    return channel === 'echo:input' ? ok(input) : fail('not-found', `no ${channel}`);
  });
});

afterAll(() => server.close());

const parse = (response: RawResponse) => JSON.parse(response.body) as Result<unknown>;

describe('API route', () => {
  it('passes the parsed body to dispatch and answers its Result as JSON with 200', async () => {
    calls.length = 0;
    const response = await postJson(server.port, 'echo:input', { id: 'x', nested: [1, 2] });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(parse(response)).toEqual({ ok: true, value: { id: 'x', nested: [1, 2] } });
    expect(calls).toEqual([{ channel: 'echo:input', input: { id: 'x', nested: [1, 2] } }]);
  });

  it('answers error Results with 200 too', async () => {
    const response = await postJson(server.port, 'story:nope', {});
    expect(response.status).toBe(200);
    expect(parse(response)).toEqual({ ok: false, error: { code: 'not-found', message: 'no story:nope' } });
  });

  it('decodes an escaped channel name', async () => {
    calls.length = 0;
    await postJson(server.port, 'echo%3Ainput', {});
    expect(calls[0]?.channel).toBe('echo:input');
  });

  it('dispatches an empty body as a call without input', async () => {
    calls.length = 0;
    await rawRequest(server.port, { method: 'POST', path: '/api/echo:input' });
    expect(calls).toEqual([{ channel: 'echo:input', input: undefined }]);
  });

  it('answers invalid JSON with 400 and an invalid-input Result', async () => {
    const response = await rawRequest(server.port, {
      method: 'POST',
      path: '/api/echo:input',
      body: '{"a":',
    });
    expect(response.status).toBe(400);
    expect(parse(response)).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'The request body is not valid JSON.' },
    });
  });

  it('refuses GET on an API path with 405', async () => {
    const response = await rawRequest(server.port, { path: '/api/echo:input' });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('POST');
  });

  it('refuses a declared oversize body with 413 before reading it', async () => {
    const response = await rawRequest(server.port, {
      method: 'POST',
      path: '/api/echo:input',
      headers: { 'content-length': String(MAX_BODY_BYTES + 1) },
    });
    expect(response.status).toBe(413);
  });

  it('refuses a streamed oversize body with 413', async () => {
    calls.length = 0;
    const response = await streamBody(server.port, MAX_BODY_BYTES + 1024 * 1024);
    expect(response.status).toBe(413);
    expect(parse(response)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(calls).toEqual([]);
  });

  it('accepts a body just under the limit', async () => {
    const text = 'x'.repeat(MAX_BODY_BYTES - 16);
    const response = await postJson(server.port, 'echo:input', { text });
    expect(response.status).toBe(200);
    expect(parse(response)).toEqual({ ok: true, value: { text } });
  });
});
