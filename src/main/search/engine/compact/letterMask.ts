/**
 * The letters a word holds, one bit per letter (a–z; other characters share the six bits left). Each edit
 * adds or removes at most one letter, so a word whose mask has more letters the other lacks than the edits
 * allowed cannot be within them: a test of two integers that spares most edit-distance computations.
 */
export function letterMask(word: string): number {
  let mask = 0;
  for (let at = 0; at < word.length; at++) {
    const code = word.charCodeAt(at);
    const bit = code >= 97 && code <= 122 ? code - 97 : 26 + (code % 6);
    mask |= 1 << bit;
  }
  return mask >>> 0;
}

function bitCount(value: number): number {
  let rest = value - ((value >>> 1) & 0x55555555);
  rest = (rest & 0x33333333) + ((rest >>> 2) & 0x33333333);
  return (((rest + (rest >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** False only when the two words are certainly more than `maxEdits` apart. */
export function mayBeWithin(maskA: number, maskB: number, maxEdits: number): boolean {
  return bitCount(maskA & ~maskB) <= maxEdits && bitCount(maskB & ~maskA) <= maxEdits;
}
