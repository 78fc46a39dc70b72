import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { runTag } from './addedWord';
import { cachedLibrary } from './cachedLibrary';
import { measureSaves } from './measureSaves';
import { openSearchedLibrary } from './openSearchedLibrary';
import { saveAtScaleOptions } from './saveAtScaleOptions';
import type { SaveAtScaleOptions } from './saveAtScaleOptions';
import { saveAtScaleReport } from './saveAtScaleReport';
import type { SizeResult } from './saveAtScaleReport';
import { searchRunnerChoice } from './searchRunnerChoice';
import type { SearchRunnerChoice } from './searchRunnerChoice';

async function measureSize(
  size: number,
  options: SaveAtScaleOptions,
  choice: SearchRunnerChoice,
): Promise<SizeResult> {
  console.error(`${size.toLocaleString('en-US')} stories: preparing the library and its search index…`);
  const { dir, generatedMs } = await cachedLibrary(size, options.seed);
  const subject = await openSearchedLibrary(dir, choice.runner);
  try {
    const loadBefore = loadavg();
    const workingSet = { ...subject, ids: subject.ids.slice(0, options.workingSet) };
    const samples = await measureSaves(workingSet, { ...options, run: runTag() });
    const loadAfter = loadavg();
    const closing = performance.now();
    await subject.library.close();
    const closeMs = performance.now() - closing;
    const { openMs, searchReadyMs, indexFileFound } = subject;
    return {
      size,
      samples,
      loadBefore,
      loadAfter,
      generatedMs,
      openMs,
      searchReadyMs,
      indexFileFound,
      closeMs,
    };
  } catch (error) {
    await subject.library.close().catch(() => undefined);
    throw error;
  }
}

/** Each size in turn, so the larger library's memory and index never weigh on the smaller one's timings. */
export async function runSaveAtScale(args: readonly string[]): Promise<void> {
  const options = saveAtScaleOptions(args);
  const choice = searchRunnerChoice();
  const results: SizeResult[] = [];
  for (const size of options.sizes) results.push(await measureSize(size, options, choice));
  console.log(saveAtScaleReport(results, choice.description));
}
