import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CopydeskApi } from '@shared/contract/api';
import { httpTransport, resolveApi } from '../../../src/renderer/src/api/client';

const STORY_ID = '00000000-0000-4000-8000-000000000001';

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('httpTransport', () => {
  it('posts the input as JSON to /api/<channel> and returns the result it answers', async () => {
    const page = { total: 0, items: [] };
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(jsonResponse({ ok: true, value: page }));

    const result = await httpTransport(fetchMock)('story:list', { view: 'trash', offset: 0, limit: 10 });

    expect(result).toEqual({ ok: true, value: page });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/story:list');
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('Content-Type')).toBe('application/json');
    expect(JSON.parse(String(init?.body))).toEqual({ view: 'trash', offset: 0, limit: 10 });
  });

  it('passes an error result through unchanged, whatever the HTTP status', async () => {
    const refusal = {
      ok: false,
      error: { code: 'invalid-input', message: 'The request body is not valid JSON.' },
    };
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(jsonResponse(refusal, 400));

    await expect(httpTransport(fetchMock)('story:get', { id: STORY_ID })).resolves.toEqual(refusal);
  });

  it('turns a network failure into an internal error result instead of throwing', async () => {
    const fetchMock = vi.fn<typeof fetch>().mockRejectedValue(new TypeError('Failed to fetch'));

    const result = await httpTransport(fetchMock)('library:status', {});

    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Copydesk could not reach its library: Failed to fetch' },
    });
  });

  it('turns an answer that is not JSON into an internal error result', async () => {
    const fetchMock = vi
      .fn<typeof fetch>()
      .mockResolvedValue(new Response('Method not allowed\n', { status: 405 }));

    const result = await httpTransport(fetchMock)('story:trash', { id: STORY_ID });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('internal');
    expect(result.error.message).toMatch(/^Copydesk could not reach its library: .*HTTP 405/);
  });

  it('refuses JSON that is not a result', async () => {
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(jsonResponse({ stories: [] }));

    const result = await httpTransport(fetchMock)('story:list', {});

    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('resolveApi', () => {
  it('builds every contract call over HTTP when the preload exposed nothing', async () => {
    const fetchMock = vi
      .fn<typeof fetch>()
      .mockResolvedValue(jsonResponse({ ok: true, value: { id: STORY_ID } }));

    const api = resolveApi(undefined, fetchMock);
    const result = await api.story.purge({ id: STORY_ID });

    expect(result).toEqual({ ok: true, value: { id: STORY_ID } });
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/story:purge');
  });

  it('uses the preload API as it is when there is one', () => {
    const exposed = { story: {}, revision: {}, library: {} } as unknown as CopydeskApi;
    expect(resolveApi(exposed)).toBe(exposed);
  });
});

describe('the copydesk client', () => {
  afterEach(() => {
    Reflect.deleteProperty(window, 'copydesk');
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('prefers window.copydesk when the preload exposed it', async () => {
    const status = vi.fn().mockResolvedValue({ ok: true, value: {} });
    const exposed = { story: {}, revision: {}, library: { status } } as unknown as CopydeskApi;
    Object.defineProperty(window, 'copydesk', { value: exposed, configurable: true });
    const fetchMock = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', fetchMock);
    vi.resetModules();

    const { copydesk } = await import('../../../src/renderer/src/api/client');
    await copydesk.library.status({});

    expect(copydesk).toBe(exposed);
    expect(status).toHaveBeenCalledTimes(1);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('falls back to the HTTP transport when window.copydesk is absent', async () => {
    const fetchMock = vi
      .fn<typeof fetch>()
      .mockResolvedValue(jsonResponse({ ok: true, value: { total: 0 } }));
    vi.stubGlobal('fetch', fetchMock);
    vi.resetModules();

    const { copydesk } = await import('../../../src/renderer/src/api/client');
    const result = await copydesk.library.status({});

    expect(result).toEqual({ ok: true, value: { total: 0 } });
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/library:status');
  });
});
