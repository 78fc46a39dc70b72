import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { LibraryError } from './LibraryError';
import { fsErrorReason, isMissingFile } from './fsErrorReason';

/** The part of a file handle a durable write needs; a real FileHandle fits, and tests can fail any step. */
export interface WritableHandle {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface DurableFileSystem {
  open(path: string, flags: string): Promise<WritableHandle>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
}

const nodeFileSystem: DurableFileSystem = {
  open: (path, flags) => nodeFs.open(path, flags),
  rename: (from, to) => nodeFs.rename(from, to),
  rm: (path, options) => nodeFs.rm(path, options),
};

const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;

export function isTempFileName(name: string): boolean {
  return TEMP_FILE.test(name);
}

function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** A new version written and flushed beside its target, waiting to replace it. */
export interface StagedWrite {
  /** Renames the new version over the target and flushes the folder: from here on it survives a power cut. */
  commit(): Promise<void>;
  discard(): Promise<void>;
}

/**
 * Replaces `target` with `contents` so that after a crash or power cut the file holds either the old or the
 * new contents, never a mix, and once this resolves the new contents survive a power cut.
 * `what` names the thing being saved in the error a writer may read, e.g. 'the story "Floods"'.
 */
export async function writeFileDurably(
  target: string,
  contents: string | Uint8Array,
  what: string,
  fs: DurableFileSystem = nodeFileSystem,
): Promise<void> {
  const staged = await stageDurableWrite(target, contents, what, fs);
  await staged.commit();
}

/** The first half of writeFileDurably, for callers that must make something else durable before the rename. */
export async function stageDurableWrite(
  target: string,
  contents: string | Uint8Array,
  what: string,
  fs: DurableFileSystem = nodeFileSystem,
): Promise<StagedWrite> {
  const temp = tempPathFor(target);
  const discard = () => fs.rm(temp, { force: true }).catch(() => undefined);
  let handle: WritableHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx');
    await handle.writeFile(contents);
    await handle.sync();
    const opened = handle;
    handle = undefined;
    await opened.close();
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await discard();
    throw notSaved(what, error);
  }
  const commit = async () => {
    try {
      await fs.rename(temp, target);
    } catch (error) {
      await discard();
      throw notSaved(what, error);
    }
    try {
      await syncDirectory(dirname(target));
    } catch (error) {
      throw new LibraryError(
        'storage',
        `Could not confirm that ${what} reached the disk (${fsErrorReason(error)}); it was written but could be lost in a power cut.`,
      );
    }
  };
  return { commit, discard };
}

function notSaved(what: string, error: unknown): LibraryError {
  return new LibraryError(
    'storage',
    `Could not save ${what}: ${fsErrorReason(error)}. The previous version, if there was one, is intact.`,
  );
}

const DIRECTORY_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EINVAL', 'EPERM', 'EBADF', 'ENOTSUP']);

/** A rename or a new file is only durable once its folder's entry is flushed too. */
export async function syncDirectory(dir: string): Promise<void> {
  // Windows cannot open a folder as a file; NTFS journals renames itself.
  if (process.platform === 'win32') return;
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await nodeFs.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined || !DIRECTORY_SYNC_UNSUPPORTED.has(code)) throw error;
  } finally {
    await handle?.close();
  }
}

/** Creates `dir` (and missing parents) so that the new folders survive a power cut. */
export async function ensureDirectory(dir: string): Promise<void> {
  const firstCreated = await nodeFs.mkdir(dir, { recursive: true });
  if (firstCreated === undefined) return;
  for (let created = dir; ; created = dirname(created)) {
    await syncDirectory(dirname(created));
    if (created === firstCreated || dirname(created) === created) return;
  }
}

/** Deletes what interrupted durable writes left behind in `dir`; returns the names removed. */
export async function removeTempFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await nodeFs.readdir(dir);
  } catch (error) {
    if (isMissingFile(error)) return [];
    throw error;
  }
  const temps = names.filter(isTempFileName);
  await Promise.all(temps.map((name) => nodeFs.rm(join(dir, name), { force: true })));
  return temps;
}
