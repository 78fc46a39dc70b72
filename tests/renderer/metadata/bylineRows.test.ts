import { describe, expect, it } from 'vitest';
import type { BylineRow } from '../../../src/renderer/src/metadata/bylineRows';
import {
  bylinesFromRows,
  rowMissesName,
  rowsFromBylines,
} from '../../../src/renderer/src/metadata/bylineRows';

const row = (key: number, name: string, title = '', organization = ''): BylineRow => ({
  key,
  name,
  title,
  organization,
});

describe('byline rows', () => {
  it('drops rows without a name and trims the rest', () => {
    expect(
      bylinesFromRows([
        row(1, '  Jane Doe ', ' Staff writer ', ' AP '),
        row(2, '   '),
        row(3, '', 'Correspondent'),
        row(4, 'Ali Kaya'),
      ]),
    ).toEqual([
      { name: 'Jane Doe', title: 'Staff writer', organization: 'AP' },
      { name: 'Ali Kaya', title: '', organization: '' },
    ]);
  });

  it('flags a row that has details but no name, not a blank one', () => {
    expect(rowMissesName(row(1, '', '', 'Reuters'))).toBe(true);
    expect(rowMissesName(row(2, ''))).toBe(false);
    expect(rowMissesName(row(3, 'Jane Doe', 'Staff writer'))).toBe(false);
  });

  it('gives each loaded byline its own key', () => {
    let key = 10;
    const rows = rowsFromBylines(
      [
        { name: 'Jane Doe', title: '', organization: '' },
        { name: 'Ali Kaya', title: 'Photographer', organization: '' },
      ],
      () => ++key,
    );
    expect(rows.map((each) => each.key)).toEqual([11, 12]);
    expect(rows[1]).toMatchObject({ name: 'Ali Kaya', title: 'Photographer' });
  });
});
