import type { Editor } from '@tiptap/core';
import { Extension } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { fieldsToFill } from '@shared/editor/commands/fillFields';
import { focusFirstField } from './focusFirstField';

// A React node view draws its fields after the transaction that created it, so the request waits for it.
const waitingBlocks = new WeakMap<Editor, number>();

/** Called by a React node view once its fields exist: focuses the first if the block was waiting for it. */
export function claimFieldFocus(editor: Editor, position: number | undefined, block: Element | null): void {
  if (position === undefined || waitingBlocks.get(editor) !== position) return;
  waitingBlocks.delete(editor);
  focusFirstField(block);
}

/**
 * Keyboard access to the structured blocks: a command that asks for a block's fields (see
 * askToFillFields) moves the focus into the first one, and Enter on a selected block does the same.
 */
export const FieldFocus = Extension.create({
  name: 'fieldFocus',
  // Ahead of the core keymap, whose Enter would otherwise add a paragraph next to the selected block.
  priority: 1000,

  onTransaction({ editor, transaction, appendedTransactions }) {
    if (transaction.docChanged) waitingBlocks.delete(editor);
    const requested = fieldsToFill(transaction);
    if (requested === null) return;
    const position = appendedTransactions.reduce((at, appended) => appended.mapping.map(at), requested);
    if (!focusFirstField(editor.view.nodeDOM(position))) waitingBlocks.set(editor, position);
  },

  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => {
        const { selection } = editor.state;
        return (
          selection instanceof NodeSelection &&
          selection.node.isAtom &&
          focusFirstField(editor.view.nodeDOM(selection.from))
        );
      },
    };
  },
});
