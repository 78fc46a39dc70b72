/** Where a key moves the selection in a list of `total` rows, `page` of them in view; null if it does not. */
export function selectionAfterKey(key: string, selected: number, total: number, page: number): number | null {
  if (total === 0) return null;
  const last = total - 1;
  const from = Math.min(Math.max(selected, 0), last);
  switch (key) {
    case 'ArrowDown':
      return selected < 0 ? 0 : Math.min(last, from + 1);
    case 'ArrowUp':
      return Math.max(0, from - 1);
    case 'PageDown':
      return Math.min(last, from + page);
    case 'PageUp':
      return Math.max(0, from - page);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
