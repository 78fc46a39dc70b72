import type { CommandProps } from '@tiptap/core';
import { Extension } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';
import type { FindMatch } from './findMatches';
import type { FindMeta } from './findPlugin';
import { findPlugin, findReplaceKey } from './findPlugin';
import type { FindState } from './findState';

export interface FindOptions {
  caseSensitive?: boolean;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findReplace: {
      /** Highlights every literal occurrence of `query`; an empty query ends the search. */
      setFindQuery: (query: string, options?: FindOptions) => ReturnType;
      /** Selects the next match after the selection, wrapping at the end, and scrolls to it. */
      findNext: () => ReturnType;
      findPrevious: () => ReturnType;
      /** Replaces the current match and moves on to the next one. */
      replaceCurrent: (replacement: string) => ReturnType;
      /** Replaces every match in one transaction, so one undo brings them all back. */
      replaceAll: (replacement: string) => ReturnType;
      clearFind: () => ReturnType;
    };
  }
}

/** The active search of an editor state, or null while find is closed. */
export function activeFind(state: EditorState): FindState | null {
  return findReplaceKey.getState(state) ?? null;
}

function withMeta(tr: Transaction, meta: FindMeta): Transaction {
  return tr.setMeta(findReplaceKey, meta);
}

function replaceMatch(tr: Transaction, { from, to }: FindMatch, replacement: string): void {
  // Not insertText('') for an empty replacement: its deleteRange would take a wholly matched paragraph too.
  if (replacement) tr.insertText(replacement, from, to);
  else tr.delete(from, to);
}

function selectMatch({ state, tr, dispatch }: CommandProps, step: 1 | -1): boolean {
  const find = activeFind(state);
  if (!find || find.matches.length === 0) return false;
  const current = find.matches[find.current];
  const onCurrent = current?.from === tr.selection.from && current.to === tr.selection.to;
  const index = step === 1 && !onCurrent ? find.current : find.current + step;
  const count = find.matches.length;
  const target = find.matches[(index + count) % count];
  if (!target) return false;
  if (dispatch) {
    tr.setSelection(TextSelection.create(tr.doc, target.from, target.to)).scrollIntoView();
    withMeta(tr, { type: 'reveal' });
  }
  return true;
}

/** Find and replace over the story body; `FindReplacePanel` is its user interface. */
export const FindReplace = Extension.create({
  name: 'findReplace',

  addCommands() {
    return {
      setFindQuery:
        (query, options = {}) =>
        ({ tr, dispatch }) => {
          if (dispatch)
            withMeta(tr, { type: 'search', query, caseSensitive: options.caseSensitive ?? false });
          return true;
        },
      clearFind:
        () =>
        ({ tr, dispatch }) => {
          if (dispatch) withMeta(tr, { type: 'clear' });
          return true;
        },
      findNext: () => (props) => selectMatch(props, 1),
      findPrevious: () => (props) => selectMatch(props, -1),
      replaceCurrent:
        (replacement) =>
        ({ state, tr, dispatch, editor }) => {
          const find = activeFind(state);
          const match = find?.matches[find.current];
          if (!match || !editor.isEditable) return false;
          if (dispatch) {
            replaceMatch(closeHistory(tr), match, replacement);
            tr.setSelection(TextSelection.create(tr.doc, match.from + replacement.length));
            withMeta(tr, { type: 'reveal' });
          }
          return true;
        },
      replaceAll:
        (replacement) =>
        ({ state, tr, dispatch, editor }) => {
          const matches = activeFind(state)?.matches ?? [];
          if (matches.length === 0 || !editor.isEditable) return false;
          if (dispatch) {
            closeHistory(tr);
            for (const match of [...matches].reverse()) replaceMatch(tr, match, replacement);
          }
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [findPlugin()];
  },
});
