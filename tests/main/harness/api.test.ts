import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '@shared/contract/result';
import type { Story } from '@shared/story/story';
import type { LibraryService } from '../../../src/main/startLibraryService';
import { startLibraryService } from '../../../src/main/startLibraryService';
import type { RawResponse, TestServer } from './support/testServer';
import { postJson, startTestServer } from './support/testServer';

let libraryDir: string;
let service: LibraryService;
let server: TestServer;

beforeAll(async () => {
  libraryDir = await mkdtemp(join(tmpdir(), 'copydesk-harness-library-'));
  service = await startLibraryService(libraryDir, () => {});
  server = await startTestServer(service.dispatch);
});

afterAll(async () => {
  await server.close();
  await service.library.close();
  await rm(libraryDir, { recursive: true, force: true });
});

function resultOf<T>(response: RawResponse): Result<T> {
  expect(response.status).toBe(200);
  return JSON.parse(response.body) as Result<T>;
}

function valueOf<T>(response: RawResponse): T {
  const result = resultOf<T>(response);
  if (!result.ok) throw new Error(`Expected an ok Result, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('the harness API over a real library', () => {
  it('creates a story and reads it back', async () => {
    const created = valueOf<Story>(
      await postJson(server.port, 'story:create', { draft: { headline: 'Harness round trip' } }),
    );
    expect(created.headline).toBe('Harness round trip');
    const fetched = valueOf<Story>(await postJson(server.port, 'story:get', { id: created.id }));
    expect(fetched).toEqual(created);
  });

  it('answers a call without input, such as library:status', async () => {
    const status = valueOf<{ path: string }>(await postJson(server.port, 'library:status', {}));
    expect(status.path).toBe(libraryDir);
  });

  it('answers invalid input with an invalid-input Result', async () => {
    const result = resultOf(await postJson(server.port, 'story:get', { id: 'not-a-uuid', extra: true }));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('answers a missing story with a not-found Result', async () => {
    const result = resultOf(
      await postJson(server.port, 'story:get', { id: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('answers an unknown channel with an invalid-input Result naming it', async () => {
    const result = resultOf(await postJson(server.port, 'story:explode', {}));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!result.ok && result.error.message).toContain('story:explode');
  });
});
