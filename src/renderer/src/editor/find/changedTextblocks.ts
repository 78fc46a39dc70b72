import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';

export interface TextblockRange {
  from: number;
  to: number;
  node: ProseMirrorNode;
}

/** The textblocks of the transaction's new document whose content it may have changed, in document order. */
export function changedTextblocks(tr: Transaction): TextblockRange[] {
  const { doc } = tr;
  const touched = new Map<number, ProseMirrorNode>();
  tr.mapping.maps.forEach((stepMap, index) => {
    const later = tr.mapping.slice(index + 1);
    stepMap.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      doc.nodesBetween(later.map(newStart, -1), later.map(newEnd, 1), (node, position) => {
        if (node.isTextblock) touched.set(position, node);
        return !node.isTextblock;
      });
    });
  });
  return [...touched]
    .sort(([a], [b]) => a - b)
    .map(([from, node]) => ({ from, to: from + node.nodeSize, node }));
}
