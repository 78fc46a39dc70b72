import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { cleanPastedHtml } from './cleanPastedHtml';

export const pasteCleanupKey = new PluginKey('pasteCleanup');

/**
 * Cleans HTML pasted or dropped into the editor (from Word, Google Docs, web pages) down to the story's
 * structure before ProseMirror parses it. Plain-text pastes need nothing: they never carry markup.
 */
export const PasteCleanup = Extension.create({
  name: 'pasteCleanup',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: pasteCleanupKey,
        props: { transformPastedHTML: (html, view) => cleanPastedHtml(html, view.state.schema) },
      }),
    ];
  },
});
