import { resolve } from 'node:path';
import { readLibraryHead } from './head/readLibraryHead';
import { LibraryLayout } from './libraryLayout';
import { openLibrary } from './openLibrary';
import type { LibraryOptions } from './openLibrary';
import { OpeningLibrary } from './OpeningLibrary';
import type { StoryRepository } from './StoryRepository';

export interface PhasedOpen {
  /** Answers the first page from the index's head at once when it can; everything else once `loaded`. */
  library: StoryRepository;
  /** The full open: recovery, the whole index, the first run's seed. Rejects with what openLibrary throws. */
  loaded: Promise<void>;
}

/**
 * Opening in two phases, so the app's window and first page need not wait for the whole index: this resolves
 * once the head is read (a few milliseconds at any library size), while the full open goes on.
 */
export async function openLibraryInPhases(dir: string, options: LibraryOptions = {}): Promise<PhasedOpen> {
  const head = await readLibraryHead(new LibraryLayout(resolve(dir)));
  const loading = openLibrary(dir, options);
  const loaded = loading.then(() => undefined);
  // Whoever awaits `loaded` sees the failure; without this, a caller that only uses the library would crash Node.
  loaded.catch(() => undefined);
  return { library: new OpeningLibrary(head, loading), loaded };
}
