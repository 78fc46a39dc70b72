import { performance } from 'node:perf_hooks';
import type { ExportFormat } from '@shared/export/exportFormat';
import type { ExportStory } from '@shared/export/model/exportStory';
import { toExportStory } from '@shared/export/model/toExportStory';
import { EXPORT_FORMATS } from '@shared/export/registry';
import type { Story } from '@shared/story/story';
import { exportResources } from '../../src/main/export/exportResources';
import { longStory } from '../editor/longStory';
import { median, p95 } from '../saveStory/statistics';

export interface FormatTiming {
  label: string;
  median: number;
  p95: number;
  bytes: number;
}

function benchStory(words: number): Story {
  const built = longStory({ words, quotes: Math.max(1, Math.round(words / 500)) });
  const time = '2026-11-24T09:00:00.000Z';
  return {
    id: '00000000-0000-4000-8000-000000000001',
    headline: built.headline,
    subheadline: 'A benchmark story',
    slug: 'benchmark-story',
    bylines: [{ name: 'Jane Doe', title: 'Staff Correspondent', organization: 'Copydesk News' }],
    section: 'World',
    keywords: ['Ukraine', 'Russia', 'talks'],
    status: 'approved',
    priority: 5,
    language: 'en',
    embargo: null,
    body: built.body,
    editorNotes: '',
    targetWords: null,
    quotes: [],
    createdAt: time,
    updatedAt: time,
    wordCount: built.wordCount,
    revision: 3,
    trashedAt: null,
  };
}

/**
 * Each format's median and p95 over `runs` runs of one story, after warm-up runs; "all formats" is the
 * reading of the story plus every format in turn, timed as one task, as a desk exporting everything would.
 */
export async function timeOneStory(
  words: number,
  runs: number,
): Promise<{ wordCount: number; rows: FormatTiming[] }> {
  const story = benchStory(words);
  const resources = exportResources();
  const options = { textWidth: null };
  const exportOne = (format: ExportFormat, model: ExportStory) => format.export(model, resources, options);
  const samples = new Map<string, number[]>([
    ['read story (toExportStory)', []],
    ['all formats', []],
  ]);
  const bytes = new Map<string, number>();
  for (const format of EXPORT_FORMATS) samples.set(format.label, []);
  for (let run = -3; run < runs; run++) {
    const allStart = performance.now();
    const model = toExportStory(story);
    const readTime = performance.now() - allStart;
    for (const format of EXPORT_FORMATS) {
      const start = performance.now();
      const output = await exportOne(format, model);
      if (run >= 0) samples.get(format.label)!.push(performance.now() - start);
      bytes.set(format.label, output.byteLength);
    }
    if (run >= 0) {
      samples.get('all formats')!.push(performance.now() - allStart);
      samples.get('read story (toExportStory)')!.push(readTime);
    }
  }
  const rows = [...samples].map(([label, times]) => ({
    label,
    median: median(times),
    p95: p95(times),
    bytes: bytes.get(label) ?? 0,
  }));
  return { wordCount: story.wordCount, rows };
}
