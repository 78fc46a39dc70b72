import type { ExportBlock, ListBlock, QuoteBlock } from '../model/exportStory';
import { plainLines, singleLine } from './plainLines';
import type { Indents } from './wrapLine';
import { wrapLine } from './wrapLine';

/** Lines that stand together; wire copy puts a blank line between one chunk and the next. */
export type Chunk = string[];

const wrapAll = (lines: string[], width: number | null) => lines.flatMap((line) => wrapLine(line, width));

// Each item's first line takes the marker; every other line of the item is indented to its text, and a
// nested list one step further.
function listLines(list: ListBlock, width: number | null, indent: string): string[] {
  return list.items.flatMap((item, at) => {
    const marker = list.ordered ? `${list.start + at}.` : '-';
    const rest = indent + ' '.repeat(marker.length + 1);
    const lines: string[] = [];
    for (const block of item) {
      if (block.kind === 'list') {
        if (lines.length === 0) lines.push(`${indent}${marker}`);
        lines.push(...listLines(block, width, rest));
        continue;
      }
      if (block.kind !== 'paragraph') continue;
      for (const line of plainLines(block.inlines)) {
        const indents: Indents =
          lines.length === 0 ? { first: `${indent}${marker} `, rest } : { first: rest, rest };
        lines.push(...wrapLine(line, width, indents));
      }
    }
    return lines.length > 0 ? lines : [`${indent}${marker}`];
  });
}

// Wire copy sets a quote in quotation marks, not an indent that a receiving system may strip: each
// paragraph opens with “ and only the last closes with ”, as AP style has it; the attribution follows.
function quoteChunks({ paragraphs, attribution }: QuoteBlock, width: number | null): Chunk[] {
  const quoted = paragraphs.map(plainLines).filter((lines) => lines.length > 0);
  const chunks = quoted.map((lines, at) => {
    const marked = [...lines];
    marked[0] = `“${marked[0]}`;
    if (at === quoted.length - 1) marked[marked.length - 1] = `${marked.at(-1)}”`;
    return wrapAll(marked, width);
  });
  const line = singleLine(attribution.line);
  if (line && chunks.length > 0) chunks.at(-1)!.push(...wrapLine(line, width));
  else if (line) chunks.push(wrapLine(line, width));
  return chunks;
}

/** One block of the body as wire copy; credits are gathered at the end of the story instead. */
export function wireChunks(block: ExportBlock, width: number | null): Chunk[] {
  switch (block.kind) {
    case 'paragraph':
      return [wrapAll(plainLines(block.inlines), width)];
    case 'heading':
      return [wrapLine(plainLines(block.inlines).join(' '), width)];
    case 'list':
      return [listLines(block, width, '')];
    case 'quote':
      return quoteChunks(block, width);
    case 'credit':
      return [];
    case 'rule':
      return [['* * *']];
  }
}
