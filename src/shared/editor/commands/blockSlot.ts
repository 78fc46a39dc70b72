import type { NodeType } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';

export interface BlockSlot {
  from: number;
  to: number;
}

function fits(tr: Transaction, { from, to }: BlockSlot, type: NodeType): boolean {
  const $from = tr.doc.resolve(from);
  return $from.parent.canReplaceWith($from.index(), tr.doc.resolve(to).index(), type);
}

/**
 * Where a new block of `type` goes: in place of the empty line the cursor is on, else right after the
 * story block the selection is in (never inside a paragraph, which it would split). Null when neither fits.
 */
export function blockSlot(tr: Transaction, type: NodeType): BlockSlot | null {
  const { $from, empty, to } = tr.selection;
  const candidates: BlockSlot[] = [];
  if (empty && $from.parent.isTextblock && $from.parent.content.size === 0 && $from.depth > 0) {
    candidates.push({ from: $from.before(), to: $from.after() });
  }
  const after = $from.depth > 0 ? $from.after(1) : to;
  candidates.push({ from: after, to: after });
  return candidates.find((slot) => fits(tr, slot, type)) ?? null;
}
