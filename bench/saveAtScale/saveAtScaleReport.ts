import { cpus } from 'node:os';
import { median, percentile } from '../saveStory/statistics';
import type { SaveSample } from './measureSaves';

export interface SizeResult {
  size: number;
  samples: SaveSample[];
  /** os.loadavg() when the timed saves began and when they ended. */
  loadBefore: number[];
  loadAfter: number[];
  generatedMs?: number;
  openMs: number;
  searchReadyMs: number;
  indexFileFound: boolean;
  closeMs: number;
}

const count = (value: number) => value.toLocaleString('en-US');
const ms = (value: number) => (Number.isNaN(value) ? '—' : `${value.toFixed(value < 10 ? 2 : 1)} ms`);
const seconds = (value: number) => (value < 1000 ? ms(value) : `${(value / 1000).toFixed(1)} s`);
const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(' / ');
const times = (samples: SaveSample[]) => samples.map((sample) => sample.ms);

function tableRow(result: SizeResult): string {
  const { samples } = result;
  const all = times(samples);
  const withSnapshot = samples.filter((sample) => sample.snapshot);
  const withoutSnapshot = samples.filter((sample) => !sample.snapshot);
  const found = samples.filter((sample) => sample.found).length;
  const cells = [
    count(result.size),
    String(samples.length),
    ms(median(all)),
    ms(percentile(all, 0.95)),
    ms(Math.max(...all)),
    `${withSnapshot.length}: ${ms(median(times(withSnapshot)))}`,
    `${withoutSnapshot.length}: ${ms(median(times(withoutSnapshot)))}`,
    `${found} of ${samples.length}`,
    `${load(result.loadBefore)} → ${load(result.loadAfter)}`,
  ];
  return `| ${cells.join(' | ')} |`;
}

function preparation(result: SizeResult): string {
  const library =
    result.generatedMs === undefined
      ? 'reused from an earlier run'
      : `generated in ${seconds(result.generatedMs)}`;
  const index = result.indexFileFound ? 'persisted index loaded' : 'no persisted index, built';
  return (
    `- ${count(result.size)} stories: library ${library}; opened in ${seconds(result.openMs)}; ` +
    `search ready in ${seconds(result.searchReadyMs)} (${index}); closed (index written) in ${seconds(result.closeMs)}`
  );
}

/** The Markdown the benchmark prints: one row per library size, then the ratio the target is about. */
export function saveAtScaleReport(results: SizeResult[], runner: string): string {
  const lines = [
    `Saving one story until search finds the word it added; search index: ${runner}; ` +
      `node ${process.version}, ${cpus().length} CPUs`,
    '',
    '| Stories | Saves | Median | p95 | Max | With revision snapshot: n, median | Without: n, median | Found by search | Load average 1/5/15 min, before → after |',
    '| ------: | ----: | -----: | --: | --: | ------: | ------: | ------: | :------ |',
    ...results.map(tableRow),
  ];
  const smallest = results.reduce((a, b) => (b.size < a.size ? b : a));
  if (results.length > 1) lines.push('');
  for (const result of results.filter((candidate) => candidate !== smallest)) {
    const ratio = median(times(result.samples)) / median(times(smallest.samples));
    lines.push(
      `Median at ${count(result.size)} stories / median at ${count(smallest.size)}: ${ratio.toFixed(2)}× (target: no more than 1×, within noise)`,
    );
  }
  lines.push('', ...results.map(preparation));
  return lines.join('\n');
}
