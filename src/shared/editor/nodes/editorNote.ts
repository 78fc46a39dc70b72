import { Node, mergeAttributes } from '@tiptap/core';

export interface EditorNoteOptions {
  HTMLAttributes: Record<string, unknown>;
}

/** A private note kept in the story for the desk. Never exported: every exporter must drop it. */
export const EditorNote = Node.create<EditorNoteOptions>({
  name: 'editorNote',
  group: 'block',
  content: 'paragraph+',
  defining: true,

  addOptions() {
    return { HTMLAttributes: {} };
  },

  parseHTML() {
    return [{ tag: 'aside[data-type="editor-note"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'aside',
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { 'data-type': 'editor-note' }),
      0,
    ];
  },
});
