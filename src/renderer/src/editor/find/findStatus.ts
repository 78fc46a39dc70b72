import type { FindState } from './findState';

/** What the find panel announces: "2 of 5", "No matches", or nothing before a query is typed. */
export function findStatus(find: FindState | null): string {
  if (!find) return '';
  if (find.matches.length === 0) return 'No matches';
  return `${find.current + 1} of ${find.matches.length}`;
}
