/**
 * How long saving one story takes as the library grows. Run: node --import tsx bench/save-story.bench.ts
 * Options: --stories 10,10000 (library sizes) --saves 200 (timed saves per size). See bench/README.md.
 */
import { runBenchmark } from './saveStory/runBenchmark';

runBenchmark(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
