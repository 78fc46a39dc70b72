import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ImportError } from '@shared/import/ImportError';
import type { StoryRepository } from '../library/StoryRepository';
import type { ImportOutcome } from './importBytes';

export type { ImportOutcome };
import { importBytes } from './importBytes';

/** Far above any story, pictures and all; a file this size is a mistake, and reading it would stall the app. */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

async function readLimited(path: string): Promise<Uint8Array> {
  const file = await stat(path).catch(() => null);
  if (!file?.isFile()) throw new ImportError('unreadable', 'There is no such file.');
  if (file.size > MAX_IMPORT_BYTES) {
    const size = `${Math.ceil(file.size / 1024 / 1024)} MB`;
    throw new ImportError(
      'too-large',
      `The file is ${size}; Copydesk imports files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`,
    );
  }
  const handle = await open(path, 'r');
  try {
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}

/** A file on disk into one new story: see `importBytes`. Refuses a file too large before reading it. */
export async function importFile(path: string, library: StoryRepository): Promise<ImportOutcome> {
  const source = basename(path);
  try {
    return await importBytes(source, await readLimited(path), library);
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, source, message: error.message };
    throw error;
  }
}
