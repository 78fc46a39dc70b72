/**
 * Importing plain-text copy from the built command line: --files N stories of about --words words each, with
 * boilerplate, a byline, a dateline and quotes. Run: npm run build && node --import tsx bench/import.bench.ts
 * Options: --files 1000 --words 800 --runs 3. Figures: docs/PERFORMANCE.md, issue 5.
 */
import { runImportBenchmark } from './import/runImportBenchmark';

runImportBenchmark(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
