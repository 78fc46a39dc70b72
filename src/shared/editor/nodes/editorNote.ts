import { Node, mergeAttributes } from '@tiptap/core';
import { replaceWithBlock, textToWrap } from '../commands/textToWrap';
import { BLOCK_SHORTCUTS } from '../storyShortcuts';

export interface EditorNoteOptions {
  HTMLAttributes: Record<string, unknown>;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    editorNote: {
      /** Turns the selected paragraphs into an editor's note, or starts an empty one on an empty line. */
      insertEditorNote: () => ReturnType;
    };
  }
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

  addCommands() {
    return {
      insertEditorNote:
        () =>
        ({ tr, dispatch }) => {
          const target = textToWrap(tr, this.type);
          if (!target) return false;
          if (dispatch) replaceWithBlock(tr, target, this.type.create(null, target.paragraphs));
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return { [BLOCK_SHORTCUTS.insertEditorNote]: () => this.editor.commands.insertEditorNote() };
  },
});
