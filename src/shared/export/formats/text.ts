import type { ExportFormat, ExportOptions } from '../exportFormat';
import type { ExportStory } from '../model/exportStory';
import { withoutBlankBlocks } from '../text/blankBlocks';
import { bylineText } from '../model/bylineParts';
import { singleLine } from '../text/plainLines';
import type { Chunk } from '../text/wireBlocks';
import { wireChunks } from '../text/wireBlocks';
import { withDatelineLede } from '../text/withDatelineLede';
import { wrapLine } from '../text/wrapLine';

function checkedWidth(width: number | null): number | null {
  if (width !== null && (!Number.isInteger(width) || width < 1)) {
    throw new RangeError(`A text width is a whole number of columns, 1 or more; got ${width}.`);
  }
  return width;
}

function titleChunk(story: ExportStory, width: number | null): Chunk {
  return [story.headline, story.subheadline, bylineText(story.bylines)]
    .map(singleLine)
    .filter(Boolean)
    .flatMap((line) => wrapLine(line, width));
}

function bodyChunks(story: ExportStory, width: number | null): Chunk[] {
  const dateline = story.dateline ? singleLine(story.dateline.line) : '';
  const blocks = withDatelineLede(withoutBlankBlocks(story.blocks), dateline);
  return blocks.flatMap((block) => wireChunks(block, width));
}

// Wire services close a story with its credits in one parenthesis: "(Reporting by …; Editing by …)".
function creditsChunk(story: ExportStory, width: number | null): Chunk {
  const credits = story.blocks.flatMap((block) =>
    block.kind === 'credit' ? [singleLine(block.credit.line)] : [],
  );
  const named = credits.filter(Boolean);
  return named.length > 0 ? wrapLine(`(${named.join('; ')})`, width) : [];
}

/**
 * The story as wire copy: headline, subheadline and byline, a blank line, the lede led by the dateline,
 * then paragraphs, subheads, lists and quotes with a blank line between, and the credits at the end.
 * `textWidth` hard-wraps every line at that many columns; null leaves each paragraph on one line.
 */
export function wireText(story: ExportStory, options: Pick<ExportOptions, 'textWidth'>): string {
  const width = checkedWidth(options.textWidth);
  const chunks = [titleChunk(story, width), ...bodyChunks(story, width), creditsChunk(story, width)];
  return `${chunks
    .filter((chunk) => chunk.some((line) => line !== ''))
    .map((chunk) => chunk.join('\n'))
    .join('\n\n')}\n`;
}

export const textFormat: ExportFormat = {
  id: 'text',
  label: 'Plain text (wire copy)',
  fileSuffix: '.txt',
  mediaType: 'text/plain; charset=utf-8',
  isText: true,
  export: async (story, _resources, options) => new TextEncoder().encode(wireText(story, options)),
};
