import type { Editor } from '@tiptap/core';

/**
 * Links the selected words, or the whole link the caret is in. With nothing selected it inserts `text`,
 * the address as the writer typed it, as the link's words.
 */
export function applyLink(editor: Editor, href: string, text: string): void {
  const chain = editor.chain().focus().extendMarkRange('link');
  if (editor.state.selection.empty && !editor.isActive('link')) {
    // The link mark is inclusive, so without unsetMark whatever is typed next would join the link.
    chain.insertContent({ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] }).unsetMark('link');
  } else {
    chain.setLink({ href });
  }
  chain.run();
}

export function removeLink(editor: Editor): void {
  editor.chain().focus().extendMarkRange('link').unsetLink().run();
}
