import { loadavg } from 'node:os';
import { cachedLibrary } from '../saveAtScale/cachedLibrary';
import { openSearchedLibrary } from '../saveAtScale/openSearchedLibrary';
import { searchRunnerChoice } from '../saveAtScale/searchRunnerChoice';
import { median, p95 } from '../saveStory/statistics';
import { measureQueries } from './measureQueries';
import type { QuerySample } from './measureQueries';
import { typedQueries } from './typedQueries';

const option = (args: readonly string[], name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1]! : fallback;
};
const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);
const figures = (values: number[]) => `${ms(median(values))} / ${ms(p95(values))}`;

function row(size: number, samples: QuerySample[], loadMs: number): string {
  const of = (kind: QuerySample['kind'] | 'all', pick: (sample: QuerySample) => number) =>
    figures(samples.filter((sample) => kind === 'all' || sample.kind === kind).map(pick));
  const cells = [
    size.toLocaleString('en-US'),
    samples.length,
    of('all', (sample) => sample.searchMs),
    of('typing', (sample) => sample.searchMs),
    of('word', (sample) => sample.searchMs),
    of('all', (sample) => sample.allHitsMs),
    of('all', (sample) => sample.pageMs),
    ms(loadMs),
  ];
  return `| ${cells.join(' | ')} |`;
}

/** --stories 10000,100000 --words 60 --seed 1 --warm-up 20 */
export async function runLibrarySearch(args: readonly string[]): Promise<void> {
  const sizes = option(args, '--stories', '10000,100000').split(',').map(Number);
  const words = Number(option(args, '--words', '60'));
  const seed = Number(option(args, '--seed', '1'));
  const warmUp = Number(option(args, '--warm-up', '20'));
  const choice = searchRunnerChoice();
  const rows: string[] = [];
  for (const size of sizes) {
    console.error(`${size.toLocaleString('en-US')} stories: preparing the library and its search index…`);
    const { dir } = await cachedLibrary(size, seed);
    const subject = await openSearchedLibrary(dir, choice.runner);
    try {
      const queries = await typedQueries(subject.library, subject.ids, words, seed);
      await measureQueries(subject.library, subject.search, queries.slice(0, warmUp));
      const samples = await measureQueries(subject.library, subject.search, queries);
      rows.push(row(size, samples, subject.indexFileFound ? subject.searchReadyMs : Number.NaN));
    } finally {
      await subject.library.close();
    }
  }
  console.log(
    `Search index: ${choice.description}; load average ${loadavg()
      .map((v) => v.toFixed(2))
      .join(' / ')}`,
  );
  console.log('');
  console.log(
    '| Stories | Queries | Search for a page of 100: median / p95 ms | While typing | Finished words | Search for up to 10,000 hits | `story:query` page of 100 | Index ready ms |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const line of rows) console.log(line);
}
