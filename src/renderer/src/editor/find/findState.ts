import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Selection } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { FindMatch } from './findMatches';
import { findMatches } from './findMatches';

export interface FindState {
  query: string;
  caseSensitive: boolean;
  matches: readonly FindMatch[];
  /**
   * The match Replace acts on: the selected match, else the first after the cursor, wrapping to the
   * first of the document; -1 when nothing matches. Derived from the selection, so it follows the writer.
   */
  current: number;
  /** Asks the view to scroll the current match into sight, once. */
  reveal: boolean;
  /** Every match, highlighted. */
  highlights: DecorationSet;
  /** The highlights plus the current match's. */
  decorations: DecorationSet;
}

export function highlight({ from, to }: FindMatch): Decoration {
  return Decoration.inline(from, to, { class: 'find-match' });
}

function firstMatchFrom(matches: readonly FindMatch[], position: number): number {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((matches[middle]?.from ?? Infinity) < position) low = middle + 1;
    else high = middle;
  }
  if (matches.length === 0) return -1;
  return low < matches.length ? low : 0;
}

/** The same search with the current match moved to follow the selection. */
export function followSelection(
  state: Omit<FindState, 'current' | 'decorations'>,
  doc: ProseMirrorNode,
  selection: Selection,
  reveal: boolean,
): FindState {
  const current = firstMatchFrom(state.matches, selection.from);
  const match = state.matches[current];
  const decorations = match
    ? state.highlights.add(doc, [Decoration.inline(match.from, match.to, { class: 'find-match-current' })])
    : state.highlights;
  return { ...state, current, reveal, decorations };
}

/** A fresh search over the whole document, or null (find inactive) for an empty query. */
export function search(
  doc: ProseMirrorNode,
  selection: Selection,
  query: string,
  caseSensitive: boolean,
  reveal: boolean,
): FindState | null {
  if (!query) return null;
  const matches = findMatches(doc, query, caseSensitive);
  const highlights = DecorationSet.create(doc, matches.map(highlight));
  return followSelection({ query, caseSensitive, matches, reveal, highlights }, doc, selection, reveal);
}
