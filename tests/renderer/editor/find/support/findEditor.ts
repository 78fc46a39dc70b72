import type { JSONContent } from '@tiptap/core';
import { Editor } from '@tiptap/core';
import { storyExtensions } from '@shared/editor/storyExtensions';
import { FindReplace } from '../../../../../src/renderer/src/editor/find/FindReplace';

/** A story editor with find and replace, mounted in the document so focus and decorations are real. */
export function findEditor(content: JSONContent[], editable = true): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  return new Editor({
    element,
    editable,
    extensions: [...storyExtensions(), FindReplace],
    content: { type: 'doc', content },
  });
}

export function destroyEditor(editor: Editor): void {
  const element = editor.view.dom.parentElement;
  editor.destroy();
  element?.remove();
}

export function paragraphOf(...content: (string | JSONContent)[]): JSONContent {
  return {
    type: 'paragraph',
    content: content.map((child) => (typeof child === 'string' ? { type: 'text', text: child } : child)),
  };
}

export function selectedText(editor: Editor): string {
  const { from, to } = editor.state.selection;
  return editor.state.doc.textBetween(from, to);
}
