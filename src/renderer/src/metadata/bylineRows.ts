import type { Byline } from '@shared/story/story';

/** A byline as the panel edits it: possibly blank, with a key that stays put while rows come and go. */
export interface BylineRow {
  key: number;
  name: string;
  title: string;
  organization: string;
}

export function rowsFromBylines(bylines: readonly Byline[], nextKey: () => number): BylineRow[] {
  return bylines.map((byline) => ({ key: nextKey(), ...byline }));
}

/** Rows without a name are not bylines yet, so they are left out of the story. */
export function bylinesFromRows(rows: readonly BylineRow[]): Byline[] {
  return rows
    .map((row) => ({ name: row.name.trim(), title: row.title.trim(), organization: row.organization.trim() }))
    .filter((byline) => byline.name !== '');
}

export function rowMissesName(row: BylineRow): boolean {
  return row.name.trim() === '' && (row.title.trim() !== '' || row.organization.trim() !== '');
}
