import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openLibraryInPhases } from '../../src/main/library/openLibraryInPhases';
import type { StoryRepository } from '../../src/main/library/StoryRepository';
import { LIBRARY_SEARCH_ENGINE } from '../../src/main/search/librarySearchEngine';
import type { SearchRunner } from '../../src/main/search/runner/SearchRunner';
import { SearchingRepository } from '../../src/main/search/SearchingRepository';
import { SEARCH_INDEX_FILE, SearchService } from '../../src/main/search/SearchService';

export interface SearchedLibrary {
  dir: string;
  /** Saves go through it as the app's do: on disk, then into the index, before the save resolves. */
  library: StoryRepository;
  search: SearchService;
  /** The stories not in the trash, in the library's order. */
  ids: string[];
  openMs: number;
  /** From the library being open to search answering: a load of the persisted index, or a rebuild. */
  searchReadyMs: number;
  /** Whether a persisted index was there to load; without one, or with one unusable, it was rebuilt. */
  indexFileFound: boolean;
}

/** Opens the library as startLibraryService does, and waits for its search index to be ready. */
export async function openSearchedLibrary(dir: string, runner: SearchRunner): Promise<SearchedLibrary> {
  const indexFileFound = existsSync(join(dir, SEARCH_INDEX_FILE));
  const opening = performance.now();
  const { library: opened, loaded } = await openLibraryInPhases(dir);
  await loaded;
  const openMs = performance.now() - opening;
  const errors: Error[] = [];
  const search = new SearchService({
    library: dir,
    engine: LIBRARY_SEARCH_ENGINE,
    readStory: (id) => opened.get(id),
    runner,
    onError: (error) => errors.push(error),
  });
  // The app logs a failed index update and carries on; here it would time a save that skipped half its work.
  const library = new SearchingRepository(opened, search, (error) => {
    throw error;
  });
  const summaries = await opened.summaries();
  const starting = performance.now();
  await search.start(summaries);
  const searchReadyMs = performance.now() - starting;
  if (search.state().state !== 'ready') {
    await library.close();
    throw new Error(
      `The search index did not become ready: ${errors.map((error) => error.message).join('; ')}`,
    );
  }
  const ids = summaries.filter((summary) => summary.trashedAt === null).map((summary) => summary.id);
  return { dir, library, search, ids, openMs, searchReadyMs, indexFileFound };
}
