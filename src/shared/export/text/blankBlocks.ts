import type { ExportBlock, Inline } from '../model/exportStory';
import { isBlankText } from '../model/publishableText';

/** A paragraph or heading with no visible text, such as the empty line a writer leaves at the end. */
export function isBlankInlines(inlines: readonly Inline[]): boolean {
  return inlines.every((inline) => inline.kind === 'break' || isBlankText(inline.text));
}

/**
 * The body without empty paragraphs and headings: they carry nothing, and in Markdown and wire copy they
 * would only add stray blank lines.
 */
export function withoutBlankBlocks(blocks: readonly ExportBlock[]): ExportBlock[] {
  return blocks.filter(
    (block) => (block.kind !== 'paragraph' && block.kind !== 'heading') || !isBlankInlines(block.inlines),
  );
}

/** Where the dateline goes: the first paragraph with words in it, or -1 when the body has none. */
export function ledeIndex(blocks: readonly ExportBlock[]): number {
  return blocks.findIndex((block) => block.kind === 'paragraph' && !isBlankInlines(block.inlines));
}
