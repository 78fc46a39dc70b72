import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes beside the target and renames over it, so a reader (a CMS watching the folder) never sees half a
 * file, and a full disk leaves the old file or none. Not fsynced: an export can always be made again, and
 * a batch of ten thousand files should not wait on the disk for each.
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
