import type { EditorNodeJson } from './editorDocument';

/** Blocks that never reach print, so a desk does not count them against the story's length. */
const UNCOUNTED_BLOCKS = new Set(['editorNote', 'dateline', 'attribution', 'quoteAttribution']);

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export function wordCountOf(document: EditorNodeJson): number {
  let total = 0;
  const stack: EditorNodeJson[] = [document];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (UNCOUNTED_BLOCKS.has(node.type)) continue;
    if (node.text) total += countWords(node.text);
    if (node.content) stack.push(...node.content);
  }
  return total;
}
