/**
 * Opening a large library and querying it. Run: node --import tsx bench/library-open.bench.ts
 * Options: --stories 10000,100000 (library sizes) --runs 7 (fresh-process opens) --queries 50 (per query kind).
 */
import { runLibraryOpenBenchmark } from './libraryOpen/runLibraryOpenBenchmark';

runLibraryOpenBenchmark(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
