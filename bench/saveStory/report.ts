import { cpus } from 'node:os';
import type { Story } from '@shared/story/story';
import { median, p95 } from './statistics';
import type { Subject } from './subject';

export interface Floors {
  durable: number[];
  raw: number[];
  journal: number[];
}

export interface Rejected {
  size: number;
  indexRewrite: number[];
  singleFile: number[];
}

const ms = (value: number) => `${value.toFixed(2)} ms`;
const count = (value: number) => value.toLocaleString('en-US');
const row = (label: string, samples: number[]) =>
  label.padEnd(60) +
  ms(median(samples)).padStart(11) +
  ms(p95(samples)).padStart(11) +
  String(samples.length).padStart(7);

export function printReport(sample: Story, subjects: Subject[], floors: Floors, rejected: Rejected): void {
  const bytes = Buffer.byteLength(JSON.stringify(sample));
  console.log(
    `\nSaving one story (${bytes} bytes, ${sample.wordCount} words); ${cpus().length} CPUs, node ${process.version}\n`,
  );
  console.log(`${'scenario'.padEnd(60)}${'median'.padStart(11)}${'p95'.padStart(11)}${'runs'.padStart(7)}`);
  for (const subject of subjects)
    console.log(row(`save(), library of ${count(subject.size)} stories`, subject.samples));
  console.log(row('floor: durable write of one story file (incl. folder fsync)', floors.durable));
  console.log(row('floor: write + fsync + rename of one story file', floors.raw));
  console.log(row('floor: journal line append + fdatasync', floors.journal));
  console.log(
    row(`rejected: rewrite the whole index per save (${count(rejected.size)})`, rejected.indexRewrite),
  );
  console.log(row(`rejected: one lowdb file of all stories (${count(rejected.size)})`, rejected.singleFile));
  for (const subject of subjects) {
    const close = subject.closeMs === undefined ? '' : `, close() with compaction ${ms(subject.closeMs)}`;
    console.log(`${count(subject.size)} stories: openLibrary() ${ms(subject.openMs)}${close}`);
  }

  const smallest = subjects.reduce((a, b) => (b.size < a.size ? b : a));
  console.log('');
  for (const subject of subjects.filter((candidate) => candidate !== smallest)) {
    const ratio = median(subject.samples) / median(smallest.samples);
    console.log(
      `${count(subject.size)} stories: median ${ms(median(subject.samples))} (target < 3 ms), ` +
        `${ratio.toFixed(2)}x the ${count(smallest.size)}-story median (target <= 2x)`,
    );
  }
}
