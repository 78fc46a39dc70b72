/**
 * Export speed: every format of one 2,000-word story in process, and a batch NITF export of a whole library
 * through the built command line. Run: npm run build && node --import tsx bench/export.bench.ts
 * Options: --words 2000 --runs 30 --stories 10000. Method and figures: docs/PERFORMANCE.md, issue 4.
 */
import { runExportBenchmark } from './export/runExportBenchmark';

runExportBenchmark(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
