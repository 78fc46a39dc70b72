import type { Channel } from '@shared/contract/channels';
import { fail } from '@shared/contract/result';
import type { Dispatch, ErrorLog } from './api/dispatch';
import { createDispatch } from './api/dispatch';
import { createHandlers } from './api/createHandlers';
import type { DesktopHost } from './api/DesktopHost';
import { openLibraryInPhases } from './library/openLibraryInPhases';
import { LibraryError } from './library/LibraryError';
import type { StoryRepository } from './library/StoryRepository';
import { LIBRARY_SEARCH_ENGINE } from './search/librarySearchEngine';
import { SearchingRepository } from './search/SearchingRepository';
import type { SearchRunner } from './search/runner/SearchRunner';
import { SearchService } from './search/SearchService';
import { sampleSeed } from './seed/sampleSeed';

export interface LibraryService {
  /** The library, kept in step with its search index; closing it writes the index too. */
  library: StoryRepository;
  dispatch: Dispatch;
  /**
   * Resolves once the whole library is open; until then only the first page may be answered. Rejects with why
   * it could not be opened, which the caller must show: every call is refused with it meanwhile.
   */
  loaded: Promise<void>;
}

/**
 * Holds the calls on `channels` until the library is fully open: those whose answer is synchronous and would
 * otherwise describe a library half-loaded. A failed load answers them with its reason.
 */
function waitForLoadOn(dispatch: Dispatch, loaded: Promise<void>, channels: Channel[]): Dispatch {
  const held = new Set<string>(channels);
  return async (channel, input) => {
    if (!held.has(channel)) return dispatch(channel, input);
    try {
      await loaded;
    } catch (error) {
      if (error instanceof LibraryError) return fail(error.code, error.message);
      const reason = error instanceof Error ? error.message : String(error);
      return fail('storage', `The story library could not be opened: ${reason}`);
    }
    return dispatch(channel, input);
  };
}

/**
 * What the desktop app and the browser harness both run: the library at `dir`, behind the contract. Resolves
 * as soon as the first page can be asked for, without waiting for the whole index. The search index loads or
 * rebuilds in its worker while the library already answers: nothing waits for it.
 */
export async function startLibraryService(
  dir: string,
  logError: ErrorLog = console.error,
  host?: DesktopHost,
  /** Where the search index runs; by default a worker thread of this process. */
  searchRunner?: SearchRunner,
): Promise<LibraryService> {
  const { library: opened, loaded } = await openLibraryInPhases(dir, { seed: sampleSeed });
  const search = new SearchService({
    runner: searchRunner,
    library: dir,
    engine: LIBRARY_SEARCH_ENGINE,
    readStory: (id) => opened.get(id),
    onError: (error) => logError('The search index could not be kept', error),
  });
  const library = new SearchingRepository(opened, search, (error) =>
    logError('A change could not be indexed for search', error),
  );
  // A library that failed to open is reported through `loaded`; the index then has nothing to build from.
  opened.summaries().then(
    (summaries) => search.start(summaries),
    () => undefined,
  );
  const dispatch = createDispatch(createHandlers(library, host, search), logError);
  return { library, dispatch: waitForLoadOn(dispatch, loaded, ['library:status']), loaded };
}
