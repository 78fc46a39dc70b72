/**
 * Typing at the end of a long story, and opening it, in Chromium over the browser harness.
 * Run: npm run build && node --import tsx bench/editor-typing.bench.ts
 * Options: --build out --stories 50000:100,100000:200 --rounds 5 --keys 200 --hold 50
 *          --designs app,visible,auto,floor (also floor-auto).
 * Method and figures: docs/PERFORMANCE.md, "Typing in a long story (issue 3)".
 */
import { runTypingBenchmark } from './editor/runTypingBenchmark';

runTypingBenchmark(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
