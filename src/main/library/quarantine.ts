import { rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { QuarantinedFile } from '@shared/contract/schemas';
import { ensureDirectory } from './durableWrite';
import { isMissingFile } from './fsErrorReason';

/** Moves damaged files out of the way, so the rest of the library keeps working and nothing is deleted. */
export class Quarantine {
  private readonly moved: QuarantinedFile[] = [];

  constructor(
    private readonly folder: string,
    private readonly now: () => Date,
  ) {}

  /** `name` distinguishes files that share a base name, such as revision 3 of two different stories. */
  async isolate(file: string, reason: string, name = basename(file)): Promise<void> {
    const at = this.now().toISOString();
    const movedTo = join(this.folder, `${name}.${at.replace(/[:.]/g, '-')}`);
    await ensureDirectory(this.folder);
    try {
      await rename(file, movedTo);
    } catch (error) {
      if (isMissingFile(error)) return;
      throw error;
    }
    this.moved.push({ file, movedTo, reason, at });
  }

  list(): QuarantinedFile[] {
    return [...this.moved];
  }
}
