/**
 * The `k`-th largest of `values` (1-based), found by quickselect on a copy in linear time on average: ranking
 * only what is at least this large spares sorting every hit when just the best `k` are wanted.
 */
export function kthLargest(values: Float32Array, k: number): number {
  if (k < 1 || k > values.length) throw new RangeError(`No ${k}th largest of ${values.length} values.`);
  const work = values.slice();
  const target = k - 1;
  let low = 0;
  let high = work.length - 1;
  while (low < high) {
    const pivot = medianOfThree(work[low]!, work[(low + high) >>> 1]!, work[high]!);
    let left = low;
    let right = high;
    while (left <= right) {
      while (work[left]! > pivot) left++;
      while (work[right]! < pivot) right--;
      if (left <= right) {
        const swap = work[left]!;
        work[left++] = work[right]!;
        work[right--] = swap;
      }
    }
    if (target <= right) high = right;
    else if (target >= left) low = left;
    else return work[target]!;
  }
  return work[low]!;
}

function medianOfThree(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}
