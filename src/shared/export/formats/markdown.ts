import type { ExportFormat } from '../exportFormat';
import { blockLines, plainLine } from '../markdown/blockMarkdown';
import { inlineMarkdownLine } from '../markdown/inlineMarkdown';
import type { ExportStory } from '../model/exportStory';
import { withoutBlankBlocks } from '../text/blankBlocks';
import { type BylinePart, bylineParts } from '../model/bylineParts';
import { plainRun } from '../text/plainRun';
import { isBlankText } from '../model/publishableText';
import { withDatelineLede } from '../text/withDatelineLede';

// Organizations in italics, as a publication's name is set: it is also what tells "By Jane Doe, _Reuters_"
// from "By Jane Doe, Correspondent" when the file is read back.
const bylineLine = (parts: BylinePart[]) =>
  inlineMarkdownLine(
    parts.map((part) => plainRun(part.text, part.role === 'organization')),
    { headingEnd: false },
  );

function titleLines(story: ExportStory): string[][] {
  const lines: string[][] = [];
  if (!isBlankText(story.headline)) {
    lines.push([`# ${inlineMarkdownLine([plainRun(story.headline)], { headingEnd: true })}`]);
  }
  if (!isBlankText(story.subheadline)) lines.push([plainLine(story.subheadline, true)]);
  const byline = bylineParts(story.bylines);
  if (byline.length > 0) lines.push([bylineLine(byline)]);
  return lines;
}

/**
 * The story as CommonMark: `# Headline`, the subheadline in italics, the `By …` line (organizations in
 * italics), then the body with the dateline opening the lede, `##`/`###` subheads, lists, quotes as `>`
 * blocks ending in their attribution line (a pull quote's opens with the quotation dash, ―), and credits
 * as italic paragraphs where the writer put them, as in the HTML. Any text reads back as exactly itself:
 * syntax characters are escaped.
 */
export function markdown(story: ExportStory): string {
  const body = withDatelineLede(withoutBlankBlocks(story.blocks), story.dateline?.line ?? '');
  const chunks = [
    ...titleLines(story),
    ...body.map((block, at) => blockLines(block, body.slice(0, at))),
  ].filter((lines) => lines.length > 0);
  return `${chunks.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

export const markdownFormat: ExportFormat = {
  id: 'markdown',
  label: 'Markdown',
  fileSuffix: '.md',
  mediaType: 'text/markdown',
  isText: true,
  export: async (story) => new TextEncoder().encode(markdown(story)),
};
