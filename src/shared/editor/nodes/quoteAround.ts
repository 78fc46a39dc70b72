import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Selection } from '@tiptap/pm/state';
import { NodeSelection } from '@tiptap/pm/state';

export interface FoundQuote {
  position: number;
  node: ProseMirrorNode;
}

/** The quote the selection is in, or the selected quote or attribution's quote; null outside any quote. */
export function quoteAround(selection: Selection): FoundQuote | null {
  if (selection instanceof NodeSelection && selection.node.type.name === 'quote') {
    return { position: selection.from, node: selection.node };
  }
  const { $from } = selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const node = $from.node(depth);
    if (node.type.name === 'quote') return { position: $from.before(depth), node };
  }
  return null;
}

/** Where a quote's attribution sits: right after its quoted words. */
export function attributionPosition({ position, node }: FoundQuote): number {
  return position + 1 + (node.firstChild?.nodeSize ?? 0);
}
