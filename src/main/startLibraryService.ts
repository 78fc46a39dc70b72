import type { Dispatch, ErrorLog } from './api/dispatch';
import { createDispatch } from './api/dispatch';
import { createHandlers } from './api/createHandlers';
import type { DesktopHost } from './api/DesktopHost';
import { openLibrary } from './library/openLibrary';
import type { StoryRepository } from './library/StoryRepository';
import { sampleSeed } from './seed/sampleSeed';

export interface LibraryService {
  library: StoryRepository;
  dispatch: Dispatch;
}

/** What the desktop app and the browser harness both run: the library at `dir`, behind the contract. */
export async function startLibraryService(
  dir: string,
  logError?: ErrorLog,
  host?: DesktopHost,
): Promise<LibraryService> {
  const library = await openLibrary(dir, { seed: sampleSeed });
  return { library, dispatch: createDispatch(createHandlers(library, host), logError) };
}
