import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { UNCOUNTED_BLOCKS, countWords } from '../../story/wordCount';

function countNode(node: ProseMirrorNode): number {
  if (UNCOUNTED_BLOCKS.has(node.type.name)) return 0;
  if (node.isTextblock) return countWords(node.textBetween(0, node.content.size, undefined, ' '));
  let total = 0;
  node.forEach((child) => (total += countNode(child)));
  return total;
}

// ProseMirror shares every unchanged node between a document and the next, so a block is counted once
// and a keystroke's new document costs one block's count plus a lookup per block.
const countedBlocks = new WeakMap<ProseMirrorNode, number>();

/** The same count as `wordCountOf` on the document's JSON, without serializing the document. */
export function wordCountOfDoc(doc: ProseMirrorNode): number {
  let total = 0;
  doc.forEach((block) => {
    let count = countedBlocks.get(block);
    if (count === undefined) {
      count = countNode(block);
      countedBlocks.set(block, count);
    }
    total += count;
  });
  return total;
}
