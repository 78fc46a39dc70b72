import { Extension } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

const CLASS = 'has-selection';

function markSelectionBlock(state: EditorState): DecorationSet {
  const { $from } = state.selection;
  const start = $from.depth > 0 ? $from.before(1) : $from.pos;
  const block = state.doc.nodeAt(start);
  if (!block) return DecorationSet.empty;
  return DecorationSet.create(state.doc, [Decoration.node(start, start + block.nodeSize, { class: CLASS })]);
}

const key = new PluginKey<DecorationSet>('selectionBlock');

/**
 * Marks the top-level block holding the selection, which story-body.css always renders in full. The other
 * blocks use `content-visibility: auto`, and Chrome skips a block it has not yet found on screen: without
 * the mark, keys typed in the frame right after Enter, inside the paragraph Enter just made, land elsewhere.
 */
export const SelectionBlock = Extension.create({
  name: 'selectionBlock',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_config, state) => markSelectionBlock(state),
          apply: (tr, marked, _old, state) =>
            tr.docChanged || tr.selectionSet ? markSelectionBlock(state) : marked,
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
