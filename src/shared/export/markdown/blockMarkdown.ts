import type { ExportBlock, ListBlock, QuoteBlock } from '../model/exportStory';
import { isBlankInlines, withoutBlankBlocks } from '../text/blankBlocks';
import { plainRun } from '../text/plainRun';
import { isBlankText } from '../model/publishableText';
import { inlineMarkdownLine, inlineMarkdownLines } from './inlineMarkdown';

/** A line of plain text, such as an attribution, escaped so it reads back as itself. */
export const plainLine = (text: string, italic = false) =>
  inlineMarkdownLine([plainRun(text, italic)], { headingEnd: false });

const indent = (lines: string[], first: string, rest: string) =>
  lines.map((line, at) => (line === '' ? '' : `${at === 0 ? first : rest}${line}`));

// CommonMark's ordered list numbers have at most nine digits.
const MAX_NUMBER = 999_999_999;

/**
 * How a list is marked. Two lists in a row with the same marker would read back as one list, so the
 * second of them switches to the other bullet (`*`) or the other number delimiter (`)`).
 */
interface ListMarkers {
  bullet: '-' | '*';
  delimiter: '.' | ')';
}

// Blocks in a list item sit one under the other; a blank line goes before anything but a list that may
// follow a paragraph directly (an ordered list may only if it starts at 1).
function itemLines(item: readonly ExportBlock[]): string[] {
  const blocks = withoutBlankBlocks(item);
  const lines: string[] = [];
  blocks.forEach((block, at) => {
    const previous = blocks[at - 1];
    const tight =
      block.kind === 'list' && (!block.ordered || block.start === 1) && previous?.kind === 'paragraph';
    if (at > 0 && !tight) lines.push('');
    lines.push(...blockLines(block, blocks.slice(0, at)));
  });
  return lines;
}

function listLines(list: ListBlock, markers: ListMarkers): string[] {
  const start = Math.min(Math.max(list.start, 0), MAX_NUMBER - list.items.length);
  const loose = list.items.some((item) => item.filter((block) => block.kind !== 'list').length > 1);
  return list.items.flatMap((item, at) => {
    const marker = list.ordered ? `${start + at}${markers.delimiter}` : markers.bullet;
    const content = itemLines(item);
    const empty = content.every((line) => line === '');
    const lines = empty ? [marker] : indent(content, `${marker} `, ' '.repeat(marker.length + 1));
    return loose && at > 0 ? ['', ...lines] : lines;
  });
}

// A pull quote's attribution opens with the quotation dash (―) rather than the em dash: Markdown has no
// other way to tell the two kinds of quote apart, and the line still reads as an attribution.
const attributionLine = ({ display, attribution }: QuoteBlock) =>
  display === 'pullquote' ? attribution.line.replace(/^—/, '―') : attribution.line;

function quoteLines(quote: QuoteBlock): string[] {
  const { paragraphs, attribution } = quote;
  const parts = paragraphs.filter((inlines) => !isBlankInlines(inlines)).map(inlineMarkdownLines);
  if (attribution.line) parts.push([plainLine(attributionLine(quote))]);
  return parts
    .flatMap((lines, at) => (at > 0 ? ['', ...lines] : lines))
    .map((line) => (line ? `> ${line}` : '>'));
}

function markersAfter(list: ListBlock, before: readonly ExportBlock[]): ListMarkers {
  let sameKindBefore = 0;
  for (const block of [...before].reverse()) {
    if (block.kind !== 'list' || block.ordered !== list.ordered) break;
    sameKindBefore += 1;
  }
  return sameKindBefore % 2 === 0 ? { bullet: '-', delimiter: '.' } : { bullet: '*', delimiter: ')' };
}

/** One block as Markdown source lines, given the blocks before it in the same container. */
export function blockLines(block: ExportBlock, before: readonly ExportBlock[]): string[] {
  switch (block.kind) {
    case 'paragraph':
      return inlineMarkdownLines(block.inlines);
    case 'heading':
      return [`${'#'.repeat(block.level)} ${inlineMarkdownLine(block.inlines, { headingEnd: true })}`];
    case 'list':
      return listLines(block, markersAfter(block, before));
    case 'quote':
      return quoteLines(block);
    case 'credit':
      return isBlankText(block.credit.line) ? [] : [plainLine(block.credit.line, true)];
    case 'rule':
      return ['---'];
  }
}
