import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Story } from '@shared/story/story';
import { createHandlers } from '../../../src/main/api/createHandlers';
import type { Dispatch } from '../../../src/main/api/dispatch';
import { createDispatch } from '../../../src/main/api/dispatch';
import { exportResources } from '../../../src/main/export/exportResources';
import { openLibrary } from '../../../src/main/library/openLibrary';
import type { StoryRepository } from '../../../src/main/library/StoryRepository';
import { sampleSeed } from '../../../src/main/seed/sampleSeed';

let dir: string;
let library: StoryRepository;
let dispatch: Dispatch;
let sample: Story;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-export-handlers-'));
  library = await openLibrary(join(dir, 'library'));
  dispatch = createDispatch(createHandlers(library), () => undefined);
  sample = await library.create(sampleSeed()[0]!);
});

afterEach(async () => {
  await library.close();
  await rm(dir, { recursive: true, force: true });
});

function valueOf<T>(result: Awaited<ReturnType<Dispatch>>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

describe('the export calls', () => {
  it('list the ten formats with their file suffixes', async () => {
    const formats = valueOf<{ id: string; fileSuffix: string; isText: boolean }[]>(
      await dispatch('export:formats', {}),
    );
    expect(formats.map((format) => format.id)).toEqual([
      'html',
      'html-fragment',
      'markdown',
      'text',
      'nitf',
      'newsml-g2',
      'ninjs-2.2',
      'ninjs-3.1',
      'docx',
      'pdf',
    ]);
    expect(formats.find((format) => format.id === 'nitf')).toMatchObject({
      fileSuffix: '.nitf.xml',
      isText: true,
    });
  });

  it('preview a saved story as text, and a binary format by its size', async () => {
    const nitf = valueOf<{ text: string; fileName: string }>(
      await dispatch('export:preview', { id: sample.id, format: 'nitf' }),
    );
    expect(nitf.fileName).toBe(`${sample.slug}.nitf.xml`);
    expect(nitf.text).toContain('<hl1>Ukraine, Russia Discuss Peace Talks Amid Continuing Violence</hl1>');

    const pdf = valueOf<{ text: string | null; byteLength: number }>(
      await dispatch('export:preview', { id: sample.id, format: 'pdf' }),
    );
    expect(pdf.text).toBeNull();
    expect(pdf.byteLength).toBeGreaterThan(1000);
  });

  it('write the chosen formats into the folder, creating it', async () => {
    const folder = join(dir, 'out', 'today');
    const outcome = valueOf<{ written: { path: string }[]; failed: unknown[] }>(
      await dispatch('export:write', { ids: [sample.id], formats: ['markdown', 'docx'], folder }),
    );
    expect(outcome.failed).toEqual([]);
    expect((await readdir(folder)).sort()).toEqual([`${sample.slug}.docx`, `${sample.slug}.md`]);
  });

  it('refuse an unknown format, an unknown story and a folder that is not a full path', async () => {
    const format = await dispatch('export:preview', { id: sample.id, format: 'rtf' });
    expect(format).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const story = await dispatch('export:preview', {
      id: '0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70',
      format: 'nitf',
    });
    expect(story).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const folder = await dispatch('export:write', { ids: [sample.id], formats: ['nitf'], folder: '../out' });
    expect(folder).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('choosing a folder', () => {
  it('is unavailable where there is no picker, as in the browser harness', async () => {
    expect(await dispatch('folder:choose', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('answers what the picker chose, or null when it was cancelled', async () => {
    const answers = ['/home/desk/exports', null];
    const withPicker = createDispatch(
      createHandlers(library, {
        chooseFolder: async () => answers.shift() ?? null,
        chooseImportFiles: null,
        resources: exportResources(),
      }),
      () => undefined,
    );
    expect(await withPicker('folder:choose', {})).toEqual({
      ok: true,
      value: { folder: '/home/desk/exports' },
    });
    expect(await withPicker('folder:choose', {})).toEqual({ ok: true, value: { folder: null } });
  });
});
