const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const POSITION_BITS = 0x00ffffff;
const HIGH_MANTISSA_BITS = 0xe0000000;

/**
 * The positions of `scores`, highest score first (ties: the later position first). Scores must be finite and
 * positive, as BM25's are: the trick below relies on it.
 *
 * A score is a float32, so as a float64 its 29 lowest mantissa bits are zero: the position (< 2^24) is
 * written there and the keys sorted as plain numbers, natively, with no comparator call per step.
 */
export function rankByScore(scores: Float32Array): Int32Array {
  const count = scores.length;
  if (!LITTLE_ENDIAN) {
    const positions = Array.from({ length: count }, (_, at) => at);
    positions.sort((a, b) => scores[b]! - scores[a]! || b - a);
    return Int32Array.from(positions);
  }
  const keys = new Float64Array(count);
  const words = new Uint32Array(keys.buffer);
  for (let at = 0; at < count; at++) {
    keys[at] = -scores[at]!;
    const low = at * 2;
    words[low] = (words[low]! & HIGH_MANTISSA_BITS) | at;
  }
  keys.sort();
  const ranked = new Int32Array(count);
  for (let at = 0; at < count; at++) ranked[at] = words[at * 2]! & POSITION_BITS;
  return ranked;
}
