import type { Transaction } from '@tiptap/pm/state';
import type { TextblockRange } from './changedTextblocks';
import { changedTextblocks } from './changedTextblocks';
import type { FindMatch } from './findMatches';
import { matchesInTextblock, searchPattern } from './findMatches';
import type { FindState } from './findState';
import { followSelection, highlight } from './findState';

function blockHolding(blocks: readonly TextblockRange[], match: FindMatch): TextblockRange | undefined {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((blocks[middle]?.from ?? Infinity) <= match.from) low = middle + 1;
    else high = middle;
  }
  const block = blocks[low - 1];
  return block && match.to <= block.to ? block : undefined;
}

function mergeInOrder(a: readonly FindMatch[], b: readonly FindMatch[]): FindMatch[] {
  const merged: FindMatch[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const left = a[i];
    const right = b[j];
    if (left && (!right || left.from < right.from)) {
      merged.push(left);
      i += 1;
    } else if (right) {
      merged.push(right);
      j += 1;
    }
  }
  return merged;
}

/**
 * The search after an edit, redone only in the textblocks the edit touched: every other match and its
 * highlight is mapped to its new position. Typing with find open costs the paragraph, not the story.
 */
export function searchAfterChange(previous: FindState, tr: Transaction, reveal: boolean): FindState {
  const pattern = searchPattern(previous.query, previous.caseSensitive);
  const blocks = changedTextblocks(tr);
  const kept = previous.matches.flatMap(({ from, to }) => {
    const mapped = { from: tr.mapping.map(from, 1), to: tr.mapping.map(to, -1) };
    return mapped.to - mapped.from === to - from && !blockHolding(blocks, mapped) ? [mapped] : [];
  });
  const found = pattern ? blocks.flatMap(({ node, from }) => matchesInTextblock(node, from, pattern)) : [];
  let highlights = previous.highlights.map(tr.mapping, tr.doc);
  for (const { from, to } of blocks) highlights = highlights.remove(highlights.find(from, to));
  highlights = highlights.add(tr.doc, found.map(highlight));
  const matches = mergeInOrder(kept, found);
  return followSelection({ ...previous, matches, highlights }, tr.doc, tr.selection, reveal);
}
