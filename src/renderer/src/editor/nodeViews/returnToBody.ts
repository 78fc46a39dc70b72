import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';

/**
 * Puts the caret back in the story at `after`, the position right after a block, and the focus in the body.
 * Where no text follows the block, an empty paragraph is made there to type in.
 */
export function returnToBody(editor: Editor, after: number): void {
  const { state, view } = editor;
  const tr = state.tr;
  if (!state.doc.resolve(after).nodeAfter?.isTextblock) {
    tr.insert(after, state.schema.nodes.paragraph!.create());
  }
  view.dispatch(tr.setSelection(TextSelection.create(tr.doc, after + 1)).scrollIntoView());
  view.focus();
}
