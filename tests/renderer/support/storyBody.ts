import type { Editor } from '@tiptap/core';

/** TipTap hangs its editor on the contenteditable element; typing through it avoids faking DOM selection. */
export function editorOf(body: HTMLElement): Editor {
  const editor = (body as HTMLElement & { editor?: Editor }).editor;
  if (!editor) throw new Error('The story body has no TipTap editor attached.');
  return editor;
}
