import { describe, expect, it } from 'vitest';
import { scrollToShow, visibleRange } from '../../../../src/renderer/src/library/home/visibleRange';

describe('visibleRange', () => {
  it('covers the rows in view and the overscan, within the list', () => {
    expect(visibleRange({ scrollTop: 0, height: 500 }, 50, 100_000, 5)).toEqual({ start: 0, end: 16 });
    expect(visibleRange({ scrollTop: 5000, height: 500 }, 50, 100_000, 5)).toEqual({ start: 95, end: 116 });
    expect(visibleRange({ scrollTop: 5000, height: 500 }, 50, 98, 5)).toEqual({ start: 95, end: 98 });
    expect(visibleRange({ scrollTop: 0, height: 500 }, 50, 0, 5)).toEqual({ start: 0, end: 0 });
  });
});

describe('scrollToShow', () => {
  it('moves only as far as the row needs', () => {
    const viewport = { scrollTop: 1000, height: 500 };
    expect(scrollToShow(25, viewport, 50)).toBe(1000);
    expect(scrollToShow(10, viewport, 50)).toBe(500);
    expect(scrollToShow(40, viewport, 50)).toBe(1550);
  });
});
