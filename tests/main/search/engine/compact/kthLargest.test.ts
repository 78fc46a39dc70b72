import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kthLargest } from '../../../../../src/main/search/engine/compact/kthLargest';

describe('kthLargest', () => {
  it('finds the k-th largest as a descending sort would, ties and repeated values included', () => {
    const value = fc.oneof(fc.float({ min: 0, max: 50, noNaN: true }), fc.constantFrom(0, 1, 2));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 500 }), fc.nat(), (values, pick) => {
        const floats = Float32Array.from(values);
        const k = 1 + (pick % floats.length);
        const sorted = Array.from(floats).sort((a, b) => b - a);
        expect(kthLargest(floats, k)).toBe(sorted[k - 1]);
      }),
    );
  });

  it('leaves its input as it was and refuses a k outside the values', () => {
    const values = Float32Array.from([3, 1, 2]);
    expect(kthLargest(values, 1)).toBe(3);
    expect(kthLargest(values, 3)).toBe(1);
    expect(Array.from(values)).toEqual([3, 1, 2]);
    expect(() => kthLargest(values, 0)).toThrow(RangeError);
    expect(() => kthLargest(values, 4)).toThrow(RangeError);
  });
});
