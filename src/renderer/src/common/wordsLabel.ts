export function wordsLabel(count: number): string {
  return count === 1 ? '1 word' : `${count.toLocaleString()} words`;
}
