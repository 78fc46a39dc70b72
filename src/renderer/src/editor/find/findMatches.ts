import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

export interface FindMatch {
  from: number;
  to: number;
}

const REGEXP_SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

// Inline nodes that are not text (line breaks) stand in the searched string as this character, so string
// offsets stay document offsets and no match runs across a break.
const INLINE_LEAF = '\ufffc';

/** The query taken literally, as a pattern; null for an empty query, which matches nothing. */
export function searchPattern(query: string, caseSensitive: boolean): RegExp | null {
  if (!query) return null;
  return new RegExp(query.replace(REGEXP_SYNTAX, '\\$&'), caseSensitive ? 'gu' : 'giu');
}

/** The matches inside one textblock, which starts at `position`. */
export function matchesInTextblock(
  textblock: ProseMirrorNode,
  position: number,
  pattern: RegExp,
): FindMatch[] {
  let text = '';
  textblock.forEach((child) => {
    text += child.isText ? (child.text ?? '') : INLINE_LEAF.repeat(child.nodeSize);
  });
  const start = position + 1;
  return [...text.matchAll(pattern)].map((match) => ({
    from: start + match.index,
    to: start + match.index + match[0].length,
  }));
}

/**
 * Every occurrence of `query`, taken literally, in document order. A match may run across bold or italic
 * within one paragraph but never from one block into the next. Text kept in node attributes (datelines,
 * quote attributions, credit lines) is not searched: it is edited in its own fields.
 */
export function findMatches(doc: ProseMirrorNode, query: string, caseSensitive: boolean): FindMatch[] {
  const pattern = searchPattern(query, caseSensitive);
  if (!pattern) return [];
  const matches: FindMatch[] = [];
  doc.descendants((node, position) => {
    if (!node.isTextblock) return true;
    matches.push(...matchesInTextblock(node, position, pattern));
    return false;
  });
  return matches;
}
