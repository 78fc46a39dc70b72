import type { EditorNodeJson } from './editorDocument';

/** Blocks that never reach print, so a desk does not count them against the story's length. */
export const UNCOUNTED_BLOCKS: ReadonlySet<string> = new Set([
  'editorNote',
  'dateline',
  'attribution',
  'quoteAttribution',
]);

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Inline leaves such as hard breaks separate words; marks split a word into text nodes but never end it. */
function inlineText(nodes: readonly EditorNodeJson[]): string {
  return nodes.map((node) => node.text ?? ' ').join('');
}

/** Counts text block by block, so `hel<b>lo</b>` is one word, as a reader sees it. */
export function wordCountOf(document: EditorNodeJson): number {
  let total = 0;
  const stack: EditorNodeJson[] = [document];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (UNCOUNTED_BLOCKS.has(node.type)) continue;
    if (node.text !== undefined) total += countWords(node.text);
    else if (node.content?.some((child) => child.type === 'text'))
      total += countWords(inlineText(node.content));
    else if (node.content) stack.push(...node.content);
  }
  return total;
}
