import { kthLargest } from './kthLargest';

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const POSITION_BITS = 0x00ffffff;
const HIGH_MANTISSA_BITS = 0xe0000000;

/** The positions of the `limit` highest scores (ties at the cut: the earlier positions). */
function bestPositions(scores: Float32Array, limit: number): Int32Array {
  if (limit === 0) return new Int32Array(0);
  if (limit >= scores.length) {
    const all = new Int32Array(scores.length);
    for (let at = 0; at < all.length; at++) all[at] = at;
    return all;
  }
  const cut = kthLargest(scores, limit);
  const chosen = new Int32Array(limit);
  let count = 0;
  for (let at = 0; at < scores.length; at++) if (scores[at]! > cut) chosen[count++] = at;
  for (let at = 0; at < scores.length && count < limit; at++) if (scores[at] === cut) chosen[count++] = at;
  return chosen;
}

/**
 * The positions of the `limit` highest `scores`, highest first (ties: the later position first). Scores must be
 * finite and positive, as BM25's are: the trick below relies on it.
 *
 * A score is a float32, so as a float64 its 29 lowest mantissa bits are zero: the position (< 2^24) is
 * written there and the keys sorted as plain numbers, natively, with no comparator call per step.
 */
export function rankByScore(scores: Float32Array, limit: number = scores.length): Int32Array {
  const positions = bestPositions(scores, Math.max(0, limit));
  const count = positions.length;
  if (!LITTLE_ENDIAN) {
    return Int32Array.from(positions).sort((a, b) => scores[b]! - scores[a]! || b - a);
  }
  const keys = new Float64Array(count);
  const words = new Uint32Array(keys.buffer);
  for (let at = 0; at < count; at++) {
    const position = positions[at]!;
    keys[at] = -scores[position]!;
    const low = at * 2;
    words[low] = (words[low]! & HIGH_MANTISSA_BITS) | position;
  }
  keys.sort();
  const ranked = new Int32Array(count);
  for (let at = 0; at < count; at++) ranked[at] = words[at * 2]! & POSITION_BITS;
  return ranked;
}
