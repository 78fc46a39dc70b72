import { loadavg } from 'node:os';
import type { EngineFigures } from './measureEngine';

const ms = (value: number | string) =>
  typeof value === 'number' ? `${value.toFixed(value < 10 ? 2 : 0)}` : value;

/** A Markdown table, ready for docs/PERFORMANCE.md, and the machine's load while it ran. */
export function printFigures(figures: EngineFigures[], settings: { queries: number; limit: number }) {
  console.log(
    `\nNode ${process.version}, load average ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}; ${settings.queries} queries, limit ${settings.limit}\n`,
  );
  console.log(
    '| Engine | Stories | Build | Heap + buffers | Saved | Save | Load | Query median / p95 | p95 prefix / typo / speaker | Empty | Update median / p95 |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of figures) {
    const kinds = row.p95ByKind;
    console.log(
      `| ${row.variant} | ${row.stories.toLocaleString('en')} | ${(row.buildMs / 1000).toFixed(1)} s | ` +
        `${row.heapMb.toFixed(0)} MB | ${row.serializedMb.toFixed(1)} MB | ${ms(row.serializeMs)} ms | ` +
        `${ms(row.loadMs)}${typeof row.loadMs === 'number' ? ' ms' : ''} | ${ms(row.queryMedianMs)} / ${ms(row.queryP95Ms)} ms | ` +
        `${ms(kinds.prefix ?? NaN)} / ${ms(kinds.typo ?? NaN)} / ${ms(kinds.speaker ?? NaN)} ms | ${row.emptyAnswers} | ` +
        `${ms(row.updateMedianMs)} / ${ms(row.updateP95Ms)} ms |`,
    );
  }
}
