import { mkdir, open as openFile, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ensureDirectory,
  isTempFileName,
  removeTempFiles,
  stageDurableWrite,
  writeFileDurably,
} from '../../../src/main/library/durableWrite';
import type { DurableFileSystem, WritableHandle } from '../../../src/main/library/durableWrite';
import { LibraryError } from '../../../src/main/library/LibraryError';
import { makeTempDir } from './fixtures/libraryFixtures';

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** The real file system, with one step of the write failing the way a full or locked disk would. */
function failing(step: 'writeFile' | 'sync' | 'rename', code: string): DurableFileSystem {
  return {
    open: async (path, flags) => {
      const handle = await openFile(path, flags);
      const wrapped: WritableHandle = {
        writeFile: async (data) => {
          if (step !== 'writeFile') return handle.writeFile(data);
          await handle.writeFile(data.slice(0, 10));
          throw errno(code);
        },
        sync: () => (step === 'sync' ? Promise.reject(errno(code)) : handle.sync()),
        close: () => handle.close(),
      };
      return wrapped;
    },
    rename: (from, to) => (step === 'rename' ? Promise.reject(errno(code)) : rename(from, to)),
    rm: (path, options) => rm(path, options),
  };
}

describe('writeFileDurably', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    const dir = await makeTempDir();
    const target = join(dir, 'story.json');
    await writeFile(target, 'old');
    await writeFileDurably(target, '{"new":true}', 'the story "Floods"');
    expect(await readFile(target, 'utf8')).toBe('{"new":true}');
    expect(await readdir(dir)).toEqual(['story.json']);
  });

  it.each([
    ['writeFile', 'ENOSPC', 'the disk is full'],
    ['sync', 'EIO', 'input/output error'],
    ['rename', 'EACCES', 'permission was denied'],
  ] as const)(
    'when %s fails with %s it keeps the previous version and removes its temp file',
    async (step, code, reason) => {
      const dir = await makeTempDir();
      const target = join(dir, 'story.json');
      await writeFile(target, 'previous version');

      const attempt = writeFileDurably(target, 'new version', 'the story "Floods"', failing(step, code));

      await expect(attempt).rejects.toBeInstanceOf(LibraryError);
      await expect(attempt).rejects.toMatchObject({ code: 'storage' });
      const message = await attempt.catch((error: Error) => error.message);
      expect(message).toContain('the story "Floods"');
      expect(message).toContain(reason);
      expect(message).toContain('previous version');
      expect(await readFile(target, 'utf8')).toBe('previous version');
      expect(await readdir(dir)).toEqual(['story.json']);
    },
  );

  it('refuses a target whose folder is a file, with a storage error', async () => {
    const dir = await makeTempDir();
    await writeFile(join(dir, 'not-a-folder'), 'x');
    const attempt = writeFileDurably(join(dir, 'not-a-folder', 'story.json'), '{}', 'the story "Floods"');
    await expect(attempt).rejects.toMatchObject({ code: 'storage', name: 'LibraryError' });
    expect(await readdir(dir)).toEqual(['not-a-folder']);
  });
});

describe('removeTempFiles', () => {
  it('removes only what interrupted writes left behind', async () => {
    const dir = await makeTempDir();
    await writeFile(join(dir, 'keep.json'), '{}');
    await writeFile(join(dir, '.keep.json.0123456789ab.tmp'), '{"torn');
    await writeFile(join(dir, '.hidden'), 'not ours');

    expect(await removeTempFiles(dir)).toEqual(['.keep.json.0123456789ab.tmp']);
    expect((await readdir(dir)).sort()).toEqual(['.hidden', 'keep.json']);
  });

  it('treats a missing folder as empty', async () => {
    const dir = await makeTempDir();
    expect(await removeTempFiles(join(dir, 'missing'))).toEqual([]);
  });

  it('recognises the temp names writeFileDurably uses', () => {
    expect(isTempFileName('.index.json.a1b2c3d4e5f6.tmp')).toBe(true);
    expect(isTempFileName('index.json')).toBe(false);
    expect(isTempFileName('.index.json.tmp')).toBe(false);
  });
});

describe('ensureDirectory', () => {
  it('creates missing parents and accepts an existing folder', async () => {
    const dir = await makeTempDir();
    const nested = join(dir, 'a', 'b', 'c');
    await ensureDirectory(nested);
    await ensureDirectory(nested);
    expect((await stat(nested)).isDirectory()).toBe(true);
    await mkdir(join(dir, 'plain'));
    await ensureDirectory(join(dir, 'plain'));
  });
});

describe('stageDurableWrite', () => {
  it('leaves the target untouched until commit, and entirely if discarded', async () => {
    const dir = await makeTempDir();
    const target = join(dir, 'story.json');
    await writeFile(target, 'old');

    const discarded = await stageDurableWrite(target, 'abandoned', 'the story "Floods"');
    await discarded.discard();
    const committed = await stageDurableWrite(target, 'new', 'the story "Floods"');
    expect(await readFile(target, 'utf8')).toBe('old');
    await committed.commit();

    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['story.json']);
  });
});
