import type * as FsPromises from 'node:fs/promises';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { draft, manualClock, open, openFresh, snapshotFolder } from './fixtures/libraryFixtures';

/** Which files' writes fail right now, and how: the disk filling up at the worst moment. */
const disk = vi.hoisted(() => ({ failing: undefined as undefined | { pathIncludes: string; code: string } }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  const open: typeof actual.open = async (path, flags, mode) => {
    const handle = await actual.open(path, flags, mode);
    return new Proxy(handle, {
      get(target, property) {
        const failing = disk.failing;
        if (
          (property === 'write' || property === 'writeFile') &&
          failing &&
          String(path).includes(failing.pathIncludes)
        ) {
          return () =>
            Promise.reject(Object.assign(new Error(`${failing.code}: simulated`), { code: failing.code }));
        }
        const value: unknown = Reflect.get(target, property);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  return { ...actual, open, default: { ...actual, open } };
});

afterEach(() => {
  disk.failing = undefined;
});

const noTempFiles = async (dir: string) =>
  (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.tmp'));

describe('a save the disk refuses', () => {
  it('keeps the previous version on disk, in memory and after a reopen', async () => {
    const { dir, library } = await openFresh();
    const story = await library.create(draft('Floods'));
    const storyPath = join(dir, 'stories', `${story.id}.json`);
    const before = await readFile(storyPath, 'utf8');

    disk.failing = { pathIncludes: `${story.id}.json`, code: 'ENOSPC' };
    const attempt = library.save(story.id, 1, draft('Floods, lost to a full disk'));

    await expect(attempt).rejects.toMatchObject({ code: 'storage', name: 'LibraryError' });
    await expect(attempt).rejects.toThrow(
      /the story "Floods, lost to a full disk".*disk is full.*previous version/,
    );
    disk.failing = undefined;
    expect(await readFile(storyPath, 'utf8')).toBe(before);
    expect(await noTempFiles(dir)).toEqual([]);
    expect(await library.get(story.id)).toEqual(story);
    expect((await library.list({ view: 'active', offset: 0, limit: 1 })).items[0]?.revision).toBe(1);

    const reopened = await open(dir);
    expect((await reopened.list({ view: 'active', offset: 0, limit: 1 })).items[0]?.revision).toBe(1);
    expect((await reopened.save(story.id, 1, draft('Floods, saved at last'))).revision).toBe(2);
  });

  it('writes nothing when even the journal cannot be appended to', async () => {
    const { dir, library } = await openFresh();
    const story = await library.create(draft('Floods'));
    const before = await snapshotFolder(dir);

    disk.failing = { pathIncludes: 'index.journal', code: 'ENOSPC' };
    await expect(library.save(story.id, 1, draft('Floods, again'))).rejects.toMatchObject({
      code: 'storage',
    });
    await expect(library.create(draft('Never created'))).rejects.toMatchObject({ code: 'storage' });
    disk.failing = undefined;

    expect(await snapshotFolder(dir)).toEqual(before);
    expect((await library.save(story.id, 1, draft('Floods, again'))).revision).toBe(2);
    expect(library.status().activeCount).toBe(1);
  });

  it('still saves the story when only its revision snapshot fails, and takes the snapshot next time', async () => {
    const clock = manualClock();
    const { dir, library } = await openFresh({ now: clock.now, revisionIntervalMs: 1000 });
    const story = await library.create(draft('Take 1'));
    clock.advance(2000);

    disk.failing = { pathIncludes: join('revisions', story.id), code: 'EIO' };
    const saved = await library.save(story.id, 1, draft('Take 2'));
    disk.failing = undefined;

    expect(saved.revision).toBe(2);
    expect(await readdir(join(dir, 'revisions', story.id))).toEqual(['1.json']);
    await library.save(story.id, 2, draft('Take 3'));
    expect((await readdir(join(dir, 'revisions', story.id))).sort()).toEqual(['1.json', '3.json']);
  });
});
