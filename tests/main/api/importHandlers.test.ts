import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/api/createHandlers';
import { exportResources } from '../../../src/main/export/exportResources';
import type { Dispatch } from '../../../src/main/api/dispatch';
import { createDispatch } from '../../../src/main/api/dispatch';
import { openLibrary } from '../../../src/main/library/openLibrary';
import type { StoryRepository } from '../../../src/main/library/StoryRepository';

let dir: string;
let library: StoryRepository;
let dispatch: Dispatch;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-import-handlers-'));
  library = await openLibrary(join(dir, 'library'));
  dispatch = createDispatch(createHandlers(library), () => undefined);
});

afterEach(async () => {
  await library.close();
  await rm(dir, { recursive: true, force: true });
});

describe('import:file', () => {
  it('makes a story of the dropped file and answers its summary and report', async () => {
    const sample = await readFile(join(__dirname, '../../../resources/samples/istanbul-peace-talks.txt'));
    const result = await dispatch('import:file', { name: 'talks.txt', data: sample.toString('base64') });

    expect(result).toMatchObject({
      ok: true,
      value: {
        story: {
          headline: 'Ukraine, Russia Discuss Peace Talks Amid Continuing Violence',
          datelineCity: 'Istanbul',
        },
        report: { source: 'talks.txt', format: 'Plain text' },
      },
    });
  });

  it('refuses a path for a name, contents that are not base64, and a file that is not text', async () => {
    const data = Buffer.from('Copy').toString('base64');
    expect(await dispatch('import:file', { name: '../talks.txt', data })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await dispatch('import:file', { name: 'talks.txt', data: 'not base64!' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]).toString('base64');
    expect(await dispatch('import:file', { name: 'photo.txt', data: binary })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('photo.txt: The file is not text') },
    });
    expect((await library.list({ view: 'active', offset: 0, limit: 5 })).total).toBe(0);
  });
});

describe('import:choose and import:chosen', () => {
  it('is unavailable where there is no open dialog, as in the browser harness', async () => {
    expect(await dispatch('import:choose', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('imports what the user chose in the dialog, once per token, and never a path the page names', async () => {
    const sample = join(__dirname, '../../../resources/samples/istanbul-peace-talks.txt');
    const withDialog = createDispatch(
      createHandlers(library, {
        chooseFolder: null,
        chooseImportFiles: async () => [sample],
        resources: exportResources(),
      }),
      () => undefined,
    );
    const chosen = await withDialog('import:choose', {});
    expect(chosen).toMatchObject({ ok: true, value: { files: [{ name: 'istanbul-peace-talks.txt' }] } });
    const { token } = (chosen as { value: { files: { token: string }[] } }).value.files[0]!;

    expect(await withDialog('import:chosen', { token })).toMatchObject({
      ok: true,
      value: { report: { source: 'istanbul-peace-talks.txt' }, story: { section: 'World' } },
    });
    expect(await withDialog('import:chosen', { token })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('was not chosen') },
    });
    expect(await withDialog('import:chosen', { token: sample })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect((await library.list({ view: 'active', offset: 0, limit: 5 })).total).toBe(1);
  });
});
