import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../../src/main/import/importFile';
import { openLibrary } from '../../../src/main/library/openLibrary';
import type { StoryRepository } from '../../../src/main/library/StoryRepository';

const SAMPLE = join(__dirname, '../../../resources/samples/istanbul-peace-talks.txt');

let dir: string;
let library: StoryRepository;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-import-'));
  library = await openLibrary(join(dir, 'library'));
});

afterEach(async () => {
  await library.close();
  await rm(dir, { recursive: true, force: true });
});

const storyCount = async () => (await library.list({ view: 'active', offset: 0, limit: 10 })).total;

describe('importing the sample story', () => {
  it('gives section World, the headline, the dateline, the quote list, and lists the dropped boilerplate', async () => {
    const outcome = await importFile(SAMPLE, library);
    if (!outcome.ok) throw new Error(outcome.message);
    const { story, report } = outcome;

    expect(story.section).toBe('World');
    expect(story.headline).toBe('Ukraine, Russia Discuss Peace Talks Amid Continuing Violence');
    expect(story.body.content?.[0]).toEqual({
      type: 'dateline',
      attrs: { city: 'Istanbul', region: 'Turkey', date: '', source: '' },
    });
    expect(story.quotes.map(({ speaker, title, verb }) => ({ speaker, title, verb }))).toEqual([
      { speaker: 'Volodymyr Zelensky', title: 'Ukrainian President', verb: 'stated' },
      { speaker: 'Dmitri Peskov', title: 'Kremlin spokesperson', verb: 'noted' },
    ]);
    expect(report.dropped.map((line) => line.text)).toEqual(
      expect.arrayContaining(['Connect with us', 'Published', 'on', 'Ukraine Russia Peace Talks Istanbul']),
    );
    expect(JSON.stringify(story.body)).not.toContain('Connect with us');
    expect(JSON.stringify(story.body)).toContain('Ukraine and Russia held peace negotiations on Wednesday');
  });
});

describe('bad input', () => {
  it.each([
    ['an empty file', 'empty.txt', new Uint8Array(), /empty/],
    [
      'a binary file named .txt',
      'photo.txt',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
      /binary data/,
    ],
    [
      'a file of a kind Copydesk does not read',
      'story.pages',
      new TextEncoder().encode('Some copy'),
      /cannot import/,
    ],
  ])('refuses %s with a clear message and creates nothing', async (_what, name, bytes, message) => {
    const path = join(dir, name);
    await writeFile(path, bytes);

    const outcome = await importFile(path, library);

    expect(outcome).toMatchObject({ ok: false, source: name, message: expect.stringMatching(message) });
    expect(await storyCount()).toBe(0);
  });

  it('refuses a 50 MB file before reading it', async () => {
    const path = join(dir, 'huge.txt');
    await writeFile(path, '');
    await truncate(path, 50 * 1024 * 1024);

    const outcome = await importFile(path, library);

    expect(outcome).toMatchObject({
      ok: false,
      message: expect.stringMatching(/50 MB; Copydesk imports files up to 25 MB/),
    });
    expect(await storyCount()).toBe(0);
  });

  it('refuses a file that is not there', async () => {
    expect(await importFile(join(dir, 'gone.txt'), library)).toMatchObject({
      ok: false,
      message: 'There is no such file.',
    });
  });
});
