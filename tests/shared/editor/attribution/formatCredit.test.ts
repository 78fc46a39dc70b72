import { describe, expect, it } from 'vitest';
import { formatCredit } from '@shared/editor/attribution/formatCredit';

const credit = (kind: string, names: string, organization = '', place = '') => ({
  kind,
  names,
  organization,
  place,
});

describe('formatCredit', () => {
  it.each([
    [credit('reporting', 'Jane Doe', 'Reuters', 'Istanbul'), 'Reporting by Jane Doe, Reuters, in Istanbul'],
    [credit('reporting', 'Jane Doe', '', 'Istanbul'), 'Reporting by Jane Doe in Istanbul'],
    [
      credit('additional-reporting', 'Jane Doe and Ali Unal'),
      'Additional reporting by Jane Doe and Ali Unal',
    ],
    [credit('editing', 'Sam Roe', 'Reuters'), 'Editing by Sam Roe, Reuters'],
    [credit('source', '', 'Ukrainian Defense Ministry'), 'Source: Ukrainian Defense Ministry'],
    [credit('photo', ' Ali Unal ', ' AP ', ' Ankara '), 'Photo by Ali Unal, AP, in Ankara'],
    [credit('unknown', 'Jane Doe'), 'Reporting by Jane Doe'],
    [credit('reporting', '  ', '', 'Istanbul'), ''],
  ])('%j → %j', (parts, expected) => {
    expect(formatCredit(parts)).toBe(expected);
  });
});
