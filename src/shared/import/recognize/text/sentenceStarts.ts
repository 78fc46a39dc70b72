import { ABBREVIATIONS } from './abbreviations';

// A terminator, closing marks, space, then what can open a sentence: a capital, a digit or an opening mark.
// The lookbehind starts a match only at the first of several terminators, so `.....` is not rescanned.
const BOUNDARY = /(?<![.!?…])[.!?…]+["”’»)\]]*\s+(?=["“‘«([]?[\p{Lu}\d])/gu;

function endsInAbbreviation(text: string, terminator: number): boolean {
  if (text[terminator] !== '.') return false;
  const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, terminator - 20), terminator + 1))?.[0] ?? '';
  const key = word.toLowerCase().replace(/\./g, '');
  // `J.` and `N.Y.`: initials and dotted abbreviations too often end a sentence to split there safely.
  return ABBREVIATIONS.has(key) || key.length === 1 || /\p{L}\.\p{L}/u.test(word);
}

/** Offsets where a sentence begins (0 included), in order. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    if (!endsInAbbreviation(text, match.index)) starts.push(match.index + match[0].length);
  }
  return starts;
}

/** Index of the first start after `position` (starts are sorted; a paragraph may hold thousands). */
function firstStartAfter(starts: readonly number[], position: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The start of the sentence holding `position`. */
export function sentenceStartBefore(starts: readonly number[], position: number): number {
  return starts[firstStartAfter(starts, position) - 1] ?? 0;
}

/** The first sentence start after `position`, or the end of the text. */
export function sentenceEndAfter(starts: readonly number[], position: number, length: number): number {
  return starts[firstStartAfter(starts, position)] ?? length;
}
