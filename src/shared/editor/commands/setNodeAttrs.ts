import type { Transaction } from '@tiptap/pm/state';

/**
 * Merges `attrs` into the node of type `typeName` at `position`, as one step of `tr` so undo covers it.
 * False when no such node is there.
 */
export function setNodeAttrs(
  tr: Transaction,
  position: number,
  typeName: string,
  attrs: Record<string, unknown>,
): boolean {
  const node = tr.doc.nodeAt(position);
  if (node?.type.name !== typeName) return false;
  tr.setNodeMarkup(position, undefined, { ...node.attrs, ...attrs });
  return true;
}
