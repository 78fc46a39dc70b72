import type { ExportBlock } from '../model/exportStory';
import { ledeIndex } from './blankBlocks';
import { plainRun } from './plainRun';

/**
 * The body with the dateline opening the lede ("ISTANBUL, Turkey — Ukraine and Russia…"), as plain text as
 * AP prints it: its capitals and dash already set it apart. Without a paragraph to lead, the dateline
 * stands as a paragraph of its own at the top.
 */
export function withDatelineLede(blocks: readonly ExportBlock[], dateline: string): ExportBlock[] {
  if (!dateline) return [...blocks];
  const ledeAt = ledeIndex(blocks);
  if (ledeAt < 0) return [{ kind: 'paragraph', inlines: [plainRun(dateline)] }, ...blocks];
  return blocks.map((block, at) =>
    at === ledeAt && block.kind === 'paragraph'
      ? { ...block, inlines: [plainRun(`${dateline} `), ...block.inlines] }
      : block,
  );
}
