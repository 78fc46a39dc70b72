import { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { onTestFinished } from 'vitest';
import { fieldsToFill } from '@shared/editor/commands/fillFields';
import { storyExtensions } from '@shared/editor/storyExtensions';
import type { EditorNodeJson } from '@shared/story/editorDocument';

export function paragraph(text = ''): EditorNodeJson {
  return text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' };
}

export function doc(...content: EditorNodeJson[]): EditorNodeJson {
  return { type: 'doc', content };
}

/** A headless editor on the story schema, the way exporters and the renderer build theirs; gone after the test. */
export function storyEditor(content: EditorNodeJson): Editor {
  const editor = new Editor({ extensions: storyExtensions(), content });
  onTestFinished(() => editor.destroy());
  return editor;
}

/** The positions each transaction asked the node views to fill, in order. */
export function fillRequests(editor: Editor): number[] {
  const requests: number[] = [];
  editor.on('transaction', ({ transaction }: { transaction: Transaction }) => {
    const position = fieldsToFill(transaction);
    if (position !== null) requests.push(position);
  });
  return requests;
}

interface KeyPress {
  ctrlKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}

/** Presses a key in the body the way a writer would, so every keymap and plugin sees it. */
export function press(editor: Editor, key: string, modifiers: KeyPress = {}): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...modifiers });
  editor.view.dom.dispatchEvent(event);
  return event.defaultPrevented;
}

/** The same text a writer types: offered to every handleTextInput prop first, as ProseMirror does. */
export function typeText(editor: Editor, text: string): void {
  const { view } = editor;
  const { from, to } = view.state.selection;
  const handled = view.someProp('handleTextInput', (handle) =>
    handle(view, from, to, text, () => view.state.tr.insertText(text, from, to)),
  );
  if (!handled) view.dispatch(view.state.tr.insertText(text, from, to));
}
