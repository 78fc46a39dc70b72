import type { ImportReport } from '@shared/import/importedStory';
import { ImportError } from '@shared/import/ImportError';
import { importFormatFor } from '@shared/import/importRegistry';
import type { Story } from '@shared/story/story';
import type { StoryRepository } from '../library/StoryRepository';

export type ImportOutcome =
  { ok: true; story: Story; report: ImportReport } | { ok: false; source: string; message: string };

/**
 * One file's bytes into one new story. The story is created in one step once the file is fully read and
 * recognized, so a file that fails leaves nothing half-made in the library.
 */
export async function importBytes(
  name: string,
  bytes: Uint8Array,
  library: StoryRepository,
): Promise<ImportOutcome> {
  try {
    const head = new TextDecoder().decode(bytes.subarray(0, 1024));
    const { draft, report } = await importFormatFor(name, head).import(bytes, {
      fileName: name,
      importedAt: new Date().toISOString(),
    });
    return { ok: true, story: await library.create(draft), report };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, source: name, message: error.message };
    throw error;
  }
}
