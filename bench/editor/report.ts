import { median, p95 } from '../saveStory/statistics';
import type { DesignVariant } from './designVariants';
import type { LongStory } from './longStory';
import type { OpenTimings } from './measureOpen';
import type { TypingBenchmarkOptions } from './options';

export interface Scenario {
  story: LongStory;
  design: DesignVariant;
  opens: OpenTimings[];
  busy: number[];
  cpu: number[];
  script: number[];
  styleAndLayout: number[];
  scriptAndLayoutCpu: number[];
  /** One p95 per round, to show how far a single run can drift on a shared machine. */
  roundP95s: number[];
}

export interface MachineNote {
  cpus: number;
  chromium: string;
  loadBefore: number;
  loadAfter: number;
}

const ms = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(value < 10 ? 2 : 1));
const storyLabel = (story: LongStory) =>
  `${story.wordCount.toLocaleString('en-US')} w, ${story.quoteCount} quotes`;
const columns = (cells: string[], widths: number[]) =>
  cells.map((cell, at) => (at < 2 ? cell.padEnd(widths[at]!) : cell.padStart(widths[at]!))).join('');

function openRows(scenarios: Scenario[]): void {
  const widths = [24, 38, 12, 16, 12, 16];
  console.log('\nOpening (median of the reloads, ms)');
  console.log(
    columns(['story', 'design', 'click→text', 'click→laid out', 'click→idle', 'response→idle'], widths),
  );
  // A plain copy opens exactly as the app does; its row would repeat the app's.
  for (const { story, design, opens } of scenarios.filter((scenario) => !scenario.design.plainEditable)) {
    const of = (pick: (open: OpenTimings) => number) => ms(median(opens.map(pick)));
    const cells = [
      storyLabel(story),
      design.label,
      of((open) => open.clickToText),
      of((open) => open.clickToLaidOut),
      of((open) => open.clickToIdle),
      of((open) => open.responseToIdle),
    ];
    console.log(columns(cells, widths));
  }
}

function typingRows(scenarios: Scenario[], options: TypingBenchmarkOptions): void {
  const widths = [24, 38, 8, 8, 8, 9, 9, 9, 14, 8, 15, 15, 10, 10, 14];
  console.log(
    `\nTyping at the end (main-thread ms per keystroke; ${options.rounds} rounds × ${options.keys} keys, ` +
      `each held ${options.keyHoldMs} ms; cpu: the same tasks' CPU time; script, style+layout and other: ` +
      'medians; js+layout: script plus style and layout, median and p95, in wall time and in CPU time)',
  );
  const header = [
    'story',
    'design',
    'median',
    'p95',
    'max',
    'cpu med',
    'cpu p95',
    'script',
    'style+layout',
    'other',
    'js+layout med',
    'js+layout p95',
    'cpu med',
    'cpu p95',
    'round p95s',
  ];
  console.log(columns(header, widths));
  for (const {
    story,
    design,
    busy,
    cpu,
    script,
    styleAndLayout,
    scriptAndLayoutCpu,
    roundP95s,
  } of scenarios) {
    const page = script.map((js, at) => js + styleAndLayout[at]!);
    const other = busy.map((total, at) => total - page[at]!);
    const cells = [
      storyLabel(story),
      design.label,
      ms(median(busy)),
      ms(p95(busy)),
      ms(Math.max(...busy)),
      ms(median(cpu)),
      ms(p95(cpu)),
      ms(median(script)),
      ms(median(styleAndLayout)),
      ms(median(other)),
      ms(median(page)),
      ms(p95(page)),
      ms(median(scriptAndLayoutCpu)),
      ms(p95(scriptAndLayoutCpu)),
      `${ms(Math.min(...roundP95s))}–${ms(Math.max(...roundP95s))}`,
    ];
    console.log(columns(cells, widths));
  }
}

export function printReport(
  scenarios: Scenario[],
  options: TypingBenchmarkOptions,
  machine: MachineNote,
): void {
  console.log(
    `\nChromium ${machine.chromium}, ${machine.cpus} CPUs, load average ${machine.loadBefore.toFixed(1)} ` +
      `before and ${machine.loadAfter.toFixed(1)} after`,
  );
  openRows(scenarios);
  typingRows(scenarios, options);
  console.log('\nTargets: keystroke p95 < 5 ms at 50,000 words and < 8 ms at 100,000; opening < 300 ms.');
}
