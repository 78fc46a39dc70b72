import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { FindState } from './findState';
import { followSelection, search } from './findState';
import { searchAfterChange } from './searchAfterChange';

export type FindMeta =
  { type: 'search'; query: string; caseSensitive: boolean } | { type: 'reveal' } | { type: 'clear' };

export const findReplaceKey = new PluginKey<FindState | null>('findReplace');

function revealCurrentMatch(view: EditorView): void {
  // The find field usually has focus, and ProseMirror only scrolls to a selection it owns.
  view.dom.querySelector('.find-match-current')?.scrollIntoView({ block: 'center', inline: 'nearest' });
}

/**
 * Holds the search. While find is closed its state is null: a transaction costs one meta lookup and the
 * editor gets no decorations, so typing in a long story pays nothing for it.
 */
export function findPlugin(): Plugin<FindState | null> {
  return new Plugin<FindState | null>({
    key: findReplaceKey,
    state: {
      init: () => null,
      apply(tr, previous, _oldState, state) {
        const meta = tr.getMeta(findReplaceKey) as FindMeta | undefined;
        if (meta?.type === 'clear') return null;
        if (meta?.type === 'search') {
          return search(state.doc, state.selection, meta.query, meta.caseSensitive, true);
        }
        if (!previous) return null;
        const reveal = meta?.type === 'reveal';
        if (tr.docChanged) return searchAfterChange(previous, tr, reveal);
        if (tr.selectionSet || reveal) return followSelection(previous, state.doc, state.selection, reveal);
        return previous;
      },
    },
    props: {
      decorations: (state) => findReplaceKey.getState(state)?.decorations ?? null,
    },
    view: () => ({
      update(view, previousState) {
        const find = findReplaceKey.getState(view.state);
        if (find?.reveal && find !== findReplaceKey.getState(previousState)) revealCurrentMatch(view);
      },
    }),
  });
}
