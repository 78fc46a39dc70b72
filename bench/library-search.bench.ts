/**
 * Searching the library as a reporter types (issue 6): every prefix of words taken from its stories, then the
 * finished word, against the search process alone and as the library view's whole `story:query` page.
 * Run: node --import tsx bench/library-search.bench.ts [--stories 10000,100000] [--words 60] [--seed 1]
 * Libraries and their indexes are shared with bench:save-at-scale (cached under the OS temp folder).
 */
import { runLibrarySearch } from './librarySearch/runLibrarySearch';

runLibrarySearch(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
