import type { Editor } from '@tiptap/core';
import { BLOCK_SHORTCUTS } from '@shared/editor/storyShortcuts';
import { focusBodyIfOutside } from './focusBodyIfOutside';

export interface ToolbarAction {
  label: string;
  className: string;
  /** ProseMirror key notation, shown in the title. */
  shortcut?: string;
  /** The formatting state the button shows as pressed; absent for buttons that are not toggles. */
  pressed?: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
}

export const FORMAT_ACTIONS: readonly ToolbarAction[] = [
  {
    label: 'Bold',
    className: 'format-bold',
    shortcut: 'Mod-b',
    pressed: (editor) => editor.isActive('bold'),
    run: (editor) => editor.chain().focus().toggleBold().run(),
  },
  {
    label: 'Italic',
    className: 'format-italic',
    shortcut: 'Mod-i',
    pressed: (editor) => editor.isActive('italic'),
    run: (editor) => editor.chain().focus().toggleItalic().run(),
  },
  {
    label: 'Subhead',
    className: 'format-subhead',
    shortcut: 'Mod-Alt-2',
    pressed: (editor) => editor.isActive('heading', { level: 2 }),
    run: (editor) => editor.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    label: 'Bulleted list',
    className: 'format-bulleted-list',
    shortcut: 'Mod-Shift-8',
    pressed: (editor) => editor.isActive('bulletList'),
    run: (editor) => editor.chain().focus().toggleBulletList().run(),
  },
  {
    label: 'Numbered list',
    className: 'format-numbered-list',
    shortcut: 'Mod-Shift-7',
    pressed: (editor) => editor.isActive('orderedList'),
    run: (editor) => editor.chain().focus().toggleOrderedList().run(),
  },
];

// Blocks with fields to fill move the focus into their first field themselves (see FieldFocus); focus()
// in their chain would pull it back into the body on the next frame.
export const BLOCK_ACTIONS: readonly ToolbarAction[] = [
  {
    label: 'Horizontal rule',
    className: 'format-horizontal-rule',
    run: (editor) => editor.chain().focus().setHorizontalRule().run(),
  },
  {
    label: 'Insert dateline',
    className: 'insert-dateline',
    shortcut: BLOCK_SHORTCUTS.insertDateline,
    run: (editor) => {
      if (editor.commands.insertDateline()) focusBodyIfOutside(editor);
    },
  },
  {
    label: 'Insert quote',
    className: 'insert-quote',
    shortcut: BLOCK_SHORTCUTS.insertQuote,
    run: (editor) => {
      if (editor.commands.insertQuote()) focusBodyIfOutside(editor);
    },
  },
  {
    label: 'Insert attribution',
    className: 'insert-attribution',
    shortcut: BLOCK_SHORTCUTS.insertAttribution,
    run: (editor) => {
      if (editor.commands.insertAttribution()) focusBodyIfOutside(editor);
    },
  },
  {
    label: "Insert editor's note",
    className: 'insert-editor-note',
    shortcut: BLOCK_SHORTCUTS.insertEditorNote,
    run: (editor) => editor.chain().focus().insertEditorNote().run(),
  },
];

export const HISTORY_ACTIONS: readonly ToolbarAction[] = [
  {
    label: 'Undo',
    className: 'history-undo',
    shortcut: 'Mod-z',
    run: (editor) => editor.chain().focus().undo().run(),
  },
  {
    label: 'Redo',
    className: 'history-redo',
    shortcut: 'Mod-Shift-z',
    run: (editor) => editor.chain().focus().redo().run(),
  },
];
