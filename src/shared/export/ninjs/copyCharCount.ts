import type { ExportBlock, Inline } from '../model/exportStory';

function charsOf(inlines: readonly Inline[]): number {
  let count = 0;
  for (const inline of inlines) {
    // Code points, not UTF-16 units: an emoji or a rare CJK character is one character to a reader.
    if (inline.kind === 'text') for (const _character of inline.text) count += 1;
    else count += 1;
  }
  return count;
}

function blockChars(block: ExportBlock): number {
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
      return charsOf(block.inlines);
    case 'list':
      return block.items.flat().reduce((sum, child) => sum + blockChars(child), 0);
    case 'quote':
      return block.paragraphs.reduce((sum, inlines) => sum + charsOf(inlines), 0);
    case 'credit':
    case 'rule':
      return 0;
  }
}

/**
 * The characters of the copy the word count counts (paragraphs, subheads, list items, quoted words; not
 * the dateline, attributions or credits; see docs/EDITING.md), so a body's `charcount` and `wordcount`
 * describe the same text. A line break counts as one character.
 */
export function copyCharCount(blocks: readonly ExportBlock[]): number {
  return blocks.reduce((sum, block) => sum + blockChars(block), 0);
}
