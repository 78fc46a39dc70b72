import type { JSONContent } from '@tiptap/core';
import { Editor } from '@tiptap/core';
import { storyExtensions } from '@shared/editor/storyExtensions';
import { PasteCleanup } from '../../../../../src/renderer/src/editor/paste/PasteCleanup';

export function editorWith(content: JSONContent | string = '<p></p>'): Editor {
  return new Editor({ extensions: [...storyExtensions(), PasteCleanup], content });
}

/** The document after `html` is pasted, as the editor's paste logic would, into an empty story. */
export function pastedBody(html: string): JSONContent[] {
  const editor = editorWith();
  editor.view.pasteHTML(html);
  const content = editor.getJSON().content ?? [];
  editor.destroy();
  return content;
}
