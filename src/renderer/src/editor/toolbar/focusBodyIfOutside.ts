import type { Editor } from '@tiptap/core';

/**
 * After a block command run from a toolbar button: the body takes the focus back unless it, or a field of
 * one of its blocks, already has it, so a field the command focused keeps it.
 */
export function focusBodyIfOutside(editor: Editor): void {
  const { dom } = editor.view;
  if (!dom.contains(dom.ownerDocument.activeElement)) editor.view.focus();
}
