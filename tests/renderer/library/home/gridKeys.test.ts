import { describe, expect, it } from 'vitest';
import { selectionAfterKey } from '../../../../src/renderer/src/library/home/gridKeys';

describe('selectionAfterKey', () => {
  it('moves within the list and stops at its ends', () => {
    expect(selectionAfterKey('ArrowDown', 3, 10, 5)).toBe(4);
    expect(selectionAfterKey('ArrowDown', 9, 10, 5)).toBe(9);
    expect(selectionAfterKey('ArrowUp', 0, 10, 5)).toBe(0);
    expect(selectionAfterKey('PageDown', 8, 10, 5)).toBe(9);
    expect(selectionAfterKey('PageUp', 8, 10, 5)).toBe(3);
    expect(selectionAfterKey('Home', 8, 10, 5)).toBe(0);
    expect(selectionAfterKey('End', 0, 10, 5)).toBe(9);
  });

  it('does nothing for other keys or an empty list', () => {
    expect(selectionAfterKey('a', 3, 10, 5)).toBeNull();
    expect(selectionAfterKey('ArrowDown', 0, 0, 5)).toBeNull();
  });
});
