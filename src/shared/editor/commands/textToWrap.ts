import type { Node as ProseMirrorNode, NodeType } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';

export interface TextToWrap {
  from: number;
  to: number;
  /** The selected text blocks, each as a plain paragraph: quotes and notes hold paragraphs only. */
  paragraphs: ProseMirrorNode[];
}

/**
 * The whole blocks the selection touches, ready to become the content of a `wrapper` block. An empty line
 * gives one empty paragraph; so does a cursor between two blocks. Null when the selection holds anything but
 * text blocks (a list, a quote), or when a `wrapper` may not stand where they are (inside a list item).
 */
export function textToWrap(tr: Transaction, wrapper: NodeType): TextToWrap | null {
  const { $from, $to, empty } = tr.selection;
  const paragraph = wrapper.schema.nodes.paragraph!;
  const range = $from.blockRange($to);
  if (!range) {
    const fits = empty && $from.parent.canReplaceWith($from.index(), $from.index(), wrapper);
    return fits ? { from: $from.pos, to: $from.pos, paragraphs: [paragraph.create()] } : null;
  }
  if (!range.parent.canReplaceWith(range.startIndex, range.endIndex, wrapper)) return null;
  const paragraphs: ProseMirrorNode[] = [];
  for (let index = range.startIndex; index < range.endIndex; index += 1) {
    const block = range.parent.child(index);
    if (!block.isTextblock) return null;
    paragraphs.push(block.type === paragraph ? block : paragraph.create(null, block.content));
  }
  return { from: range.start, to: range.end, paragraphs };
}

/** Puts `block` where the wrapped text was, with the caret at the end of its words. */
export function replaceWithBlock(tr: Transaction, target: TextToWrap, block: ProseMirrorNode): void {
  tr.replaceWith(target.from, target.to, block);
  const caret = TextSelection.findFrom(tr.doc.resolve(target.from + block.nodeSize), -1, true);
  if (caret) tr.setSelection(caret);
  tr.scrollIntoView();
}
