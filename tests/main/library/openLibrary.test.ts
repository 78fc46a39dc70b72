import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/main/library/openLibrary';
import { draft, makeTempDir, manualClock, open } from './fixtures/libraryFixtures';

describe('openLibrary', () => {
  it('creates the layout and the marker on first run, even in a folder that does not exist yet', async () => {
    const clock = manualClock();
    const dir = join(await makeTempDir(), 'nested', 'Copydesk Library');

    const library = await open(dir, { now: clock.now });

    expect((await readdir(dir)).sort()).toEqual([
      'index.head.json',
      'index.journal',
      'index.json',
      'library.json',
      'quarantine',
      'revisions',
      'stories',
    ]);
    expect(JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'))).toEqual({
      format: 1,
      createdAt: clock.now().toISOString(),
    });
    expect(library.status()).toEqual({
      path: dir,
      activeCount: 0,
      trashCount: 0,
      quarantined: [],
      indexRebuilt: false,
    });
  });

  it('seeds the first run only, even after the seeded story is purged', async () => {
    const dir = await makeTempDir();
    let seedCalls = 0;
    const seed = () => {
      seedCalls++;
      return [{ headline: 'Welcome to Copydesk' }, draft('How to file a story')];
    };

    const first = await open(dir, { seed });
    const seeded = await first.list({ view: 'active', offset: 0, limit: 10 });
    expect(seeded.items.map((item) => item.headline).sort()).toEqual([
      'How to file a story',
      'Welcome to Copydesk',
    ]);
    for (const item of seeded.items) {
      await first.trash(item.id);
      await first.purge(item.id);
    }
    await first.close();

    const second = await open(dir, { seed });
    expect(second.status()).toMatchObject({ activeCount: 0, trashCount: 0 });
    expect(seedCalls).toBe(1);
  });

  it('does not seed a library whose marker was lost but which holds stories', async () => {
    const dir = await makeTempDir();
    const first = await open(dir);
    await first.create(draft('Kept'));
    await first.close();
    await writeFile(join(dir, 'library.json'), '');

    const second = await open(dir, { seed: () => [draft('Seed')] });

    expect(
      (await second.list({ view: 'active', offset: 0, limit: 10 })).items.map((item) => item.headline),
    ).toEqual(['Kept']);
    expect(JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'))).toHaveProperty('format', 1);
  });

  it('refuses a library written by a newer format', async () => {
    const dir = await makeTempDir();
    await writeFile(
      join(dir, 'library.json'),
      JSON.stringify({ format: 2, createdAt: new Date().toISOString() }),
    );
    await expect(openLibrary(dir)).rejects.toMatchObject({
      code: 'storage',
      message: expect.stringMatching(/newer/),
    });
  });

  it('refuses a path that is a file', async () => {
    const file = join(await makeTempDir(), 'library');
    await writeFile(file, 'not a folder');
    await expect(openLibrary(file)).rejects.toMatchObject({
      code: 'storage',
      message: expect.stringMatching(/is a file/),
    });
  });
});
