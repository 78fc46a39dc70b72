export interface RowRange {
  /** First row index rendered, inclusive. */
  start: number;
  /** Last row index rendered, exclusive. */
  end: number;
}

export interface Viewport {
  scrollTop: number;
  height: number;
}

/** The rows in view plus `overscan` on either side, so a quick scroll does not show blank rows. */
export function visibleRange(
  viewport: Viewport,
  rowHeight: number,
  total: number,
  overscan: number,
): RowRange {
  const first = Math.floor(Math.max(0, viewport.scrollTop) / rowHeight);
  const inView = Math.ceil(viewport.height / rowHeight) + 1;
  return {
    start: Math.max(0, Math.min(total, first - overscan)),
    end: Math.min(total, first + inView + overscan),
  };
}

/** The scroll position that brings row `index` fully into view, moving as little as possible. */
export function scrollToShow(index: number, viewport: Viewport, rowHeight: number): number {
  const top = index * rowHeight;
  if (top < viewport.scrollTop) return top;
  const bottom = top + rowHeight;
  if (bottom > viewport.scrollTop + viewport.height) return Math.max(0, bottom - viewport.height);
  return viewport.scrollTop;
}
