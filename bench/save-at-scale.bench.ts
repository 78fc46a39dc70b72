/**
 * Saving one story, index and search updated, in a library of 10 and of 100,000 stories (issue 6).
 * Run: node --import tsx bench/save-at-scale.bench.ts
 * Options: --stories 10,100000 (library sizes) --saves 200 (timed saves per size) --warm-up 20 --seed 1.
 * Libraries are generated once and kept under the OS temp folder (copydesk-save-at-scale/), with their search
 * index: the first run at 100,000 stories generates for minutes and builds the index for minutes more.
 * Saves follow each other without a pause, so the index is only written at close (its time is printed apart):
 * a save that arrives while the app writes the whole index waits for that write, and is not measured here.
 */
import { runSaveAtScale } from './saveAtScale/runSaveAtScale';

runSaveAtScale(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
