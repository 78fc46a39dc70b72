import type { Dispatch, ErrorLog } from './api/dispatch';
import { createDispatch } from './api/dispatch';
import { createHandlers } from './api/createHandlers';
import type { DesktopHost } from './api/DesktopHost';
import { openLibrary } from './library/openLibrary';
import type { StoryRepository } from './library/StoryRepository';
import { LIBRARY_SEARCH_ENGINE } from './search/librarySearchEngine';
import { SearchingRepository } from './search/SearchingRepository';
import { SearchService } from './search/SearchService';
import { sampleSeed } from './seed/sampleSeed';

export interface LibraryService {
  /** The library, kept in step with its search index; closing it writes the index too. */
  library: StoryRepository;
  dispatch: Dispatch;
}

/**
 * What the desktop app and the browser harness both run: the library at `dir`, behind the contract. The search
 * index loads or rebuilds in its worker while the library already answers: nothing waits for it.
 */
export async function startLibraryService(
  dir: string,
  logError: ErrorLog = console.error,
  host?: DesktopHost,
): Promise<LibraryService> {
  const opened = await openLibrary(dir, { seed: sampleSeed });
  const search = new SearchService({
    library: dir,
    engine: LIBRARY_SEARCH_ENGINE,
    readStory: (id) => opened.get(id),
    onError: (error) => logError('The search index could not be kept', error),
  });
  const library = new SearchingRepository(opened, search, (error) =>
    logError('A change could not be indexed for search', error),
  );
  void opened.summaries().then((summaries) => search.start(summaries));
  return { library, dispatch: createDispatch(createHandlers(library, host, search), logError) };
}
