import { describe, expect, it } from 'vitest';
import { parseDateline, recognizeCopy } from '@shared/import/recognize/recognizeCopy';

type Expected = {
  city: string;
  region?: string;
  date?: string;
  source?: string;
  text: string;
  rest: string;
} | null;

const REFERENCE = '2026-02-27';

// Each row: the paragraph as filed, then the dateline it opens with (null: no dateline, the paragraph is kept whole).
const cases: [string, Expected][] = [
  [
    'ISTANBUL, Turkey — Ukraine and Russia held talks.',
    {
      city: 'ISTANBUL',
      region: 'Turkey',
      text: 'ISTANBUL, Turkey —',
      rest: 'Ukraine and Russia held talks.',
    },
  ],
  [
    'ISTANBUL (AP) — Talks began.',
    { city: 'ISTANBUL', source: 'AP', text: 'ISTANBUL (AP) —', rest: 'Talks began.' },
  ],
  [
    'WASHINGTON, Feb 26 - The Senate voted.',
    { city: 'WASHINGTON', date: '2026-02-26', text: 'WASHINGTON, Feb 26 -', rest: 'The Senate voted.' },
  ],
  [
    'PORTLAND, Ore., Feb 26 - Rain fell.',
    {
      city: 'PORTLAND',
      region: 'Ore.',
      date: '2026-02-26',
      text: 'PORTLAND, Ore., Feb 26 -',
      rest: 'Rain fell.',
    },
  ],
  [
    'ROCHESTER, N.Y. (Reuters) - Eastman Kodak said on Tuesday.',
    {
      city: 'ROCHESTER',
      region: 'N.Y.',
      source: 'Reuters',
      text: 'ROCHESTER, N.Y. (Reuters) -',
      rest: 'Eastman Kodak said on Tuesday.',
    },
  ],
  ['KYIV — Sirens sounded.', { city: 'KYIV', text: 'KYIV —', rest: 'Sirens sounded.' }],
  ['KYIV – Sirens sounded.', { city: 'KYIV', text: 'KYIV –', rest: 'Sirens sounded.' }],
  ['KYIV -- Sirens sounded.', { city: 'KYIV', text: 'KYIV --', rest: 'Sirens sounded.' }],
  ['KYIV—Sirens sounded.', { city: 'KYIV', text: 'KYIV—', rest: 'Sirens sounded.' }],
  ['ST. LOUIS — The Cardinals won.', { city: 'ST. LOUIS', text: 'ST. LOUIS —', rest: 'The Cardinals won.' }],
  [
    'RIO DE JANEIRO, Brazil (AFP) – Carnival began.',
    {
      city: 'RIO DE JANEIRO',
      region: 'Brazil',
      source: 'AFP',
      text: 'RIO DE JANEIRO, Brazil (AFP) –',
      rest: 'Carnival began.',
    },
  ],
  [
    'WINSTON-SALEM, N.C. — A plant closed.',
    { city: 'WINSTON-SALEM', region: 'N.C.', text: 'WINSTON-SALEM, N.C. —', rest: 'A plant closed.' },
  ],
  [
    'KHERSON, Ukraine, Nov. 24 (AP) — Shelling resumed.',
    {
      city: 'KHERSON',
      region: 'Ukraine',
      date: '2025-11-24',
      source: 'AP',
      text: 'KHERSON, Ukraine, Nov. 24 (AP) —',
      rest: 'Shelling resumed.',
    },
  ],
  [
    'LONDON, Sept. 3, 2024 (Reuters) - Shares fell.',
    {
      city: 'LONDON',
      date: '2024-09-03',
      source: 'Reuters',
      text: 'LONDON, Sept. 3, 2024 (Reuters) -',
      rest: 'Shares fell.',
    },
  ],
  [
    'PARIS, 14 July - Crowds gathered.',
    { city: 'PARIS', date: '2025-07-14', text: 'PARIS, 14 July -', rest: 'Crowds gathered.' },
  ],
  [
    'MOSCOW, FEB. 26 — Snow fell.',
    { city: 'MOSCOW', date: '2026-02-26', text: 'MOSCOW, FEB. 26 —', rest: 'Snow fell.' },
  ],
  [
    'THE HAGUE, Netherlands — The court ruled.',
    { city: 'THE HAGUE', region: 'Netherlands', text: 'THE HAGUE, Netherlands —', rest: 'The court ruled.' },
  ],
  [
    'SÃO PAULO, Brazil — Markets rose.',
    { city: 'SÃO PAULO', region: 'Brazil', text: 'SÃO PAULO, Brazil —', rest: 'Markets rose.' },
  ],
  [
    'SARAJEVO, Bosnia and Herzegovina — Talks resumed.',
    {
      city: 'SARAJEVO',
      region: 'Bosnia and Herzegovina',
      text: 'SARAJEVO, Bosnia and Herzegovina —',
      rest: 'Talks resumed.',
    },
  ],
  [
    '  KYIV — Leading spaces are skipped.',
    { city: 'KYIV', text: 'KYIV —', rest: 'Leading spaces are skipped.' },
  ],
  ['KYIV —', { city: 'KYIV', text: 'KYIV —', rest: '' }],
  [
    'WASHINGTON, Feb 30 - No such day.',
    { city: 'WASHINGTON', date: '', text: 'WASHINGTON, Feb 30 -', rest: 'No such day.' },
  ],
  // Near misses: capitals that are not a city, no dash, a dash later on, lowercase.
  ['NATO said — the alliance would respond.', null],
  ['NATO — the alliance would respond.', null],
  ['BREAKING — Talks collapse.', null],
  ['BREAKING NEWS — Talks collapse.', null],
  ['US officials - speaking privately - said more.', null],
  ['U.S. — officials said.', null],
  ['Istanbul, Turkey — Talks began.', null],
  ['ISTANBUL, Turkey Talks began without a dash.', null],
  ['Ukraine and Russia — the two sides — met again.', null],
  ['KYIV residents fled — many to Poland.', null],
  ['KYIV-based analysts said so.', null],
  ['I — for one — disagree.', null],
  ['UPDATE: Talks collapse.', null],
  ['“KYIV — is not a dateline inside a quote,” he said.', null],
  ['', null],
];

describe('parseDateline', () => {
  it.each(cases)('%j', (paragraph, expected) => {
    const parsed = parseDateline(paragraph, REFERENCE);
    if (expected === null) {
      expect(parsed).toBeNull();
      return;
    }
    const { rest, ...dateline } = expected;
    expect(parsed).toEqual({
      dateline: { region: '', date: '', source: '', ...dateline },
      rest,
    });
  });

  it('gives no year to a date without one when there is no reference date', () => {
    expect(parseDateline('WASHINGTON, Feb 26 - The Senate voted.')?.dateline.date).toBe('');
  });

  it('takes the year that puts the day nearest the reference date', () => {
    expect(parseDateline('KYIV, Dec 31 — Fireworks.', '2026-01-02')?.dateline.date).toBe('2025-12-31');
    expect(parseDateline('KYIV, Jan 2 — Fireworks.', '2025-12-31T23:00:00Z')?.dateline.date).toBe(
      '2026-01-02',
    );
  });
});

describe('the dateline in recognizeCopy', () => {
  it('is removed from the lede', () => {
    const copy = recognizeCopy([
      'Senate Votes',
      'WASHINGTON, Feb 26 - The Senate voted on the bill late on Wednesday.',
    ]);
    expect(copy.dateline?.city).toBe('WASHINGTON');
    expect(copy.paragraphs).toEqual(['The Senate voted on the bill late on Wednesday.']);
  });

  it('on a line of its own takes the next line as the lede', () => {
    const copy = recognizeCopy([
      'Senate Votes',
      'WASHINGTON (AP) —',
      'The Senate voted on the bill late on Wednesday.',
    ]);
    expect(copy.dateline).toMatchObject({ city: 'WASHINGTON', source: 'AP' });
    expect(copy.headline).toBe('Senate Votes');
    expect(copy.paragraphs).toEqual(['The Senate voted on the bill late on Wednesday.']);
  });

  it('is looked for only near the top: below two sentences, a dateline-like opening is body text', () => {
    const copy = recognizeCopy([
      'The Senate voted on the bill late on Wednesday after a long debate.',
      'The vote was close, and the bill now goes to the House of Representatives.',
      'KYIV — This paragraph only looks like a dateline.',
    ]);
    expect(copy.dateline).toBeNull();
    expect(copy.paragraphs).toHaveLength(3);
  });

  it('below a single sentence takes that sentence for a standfirst', () => {
    const copy = recognizeCopy([
      'Senate Votes',
      'The bill now goes to the House, where its fate is uncertain.',
      'WASHINGTON (AP) — The Senate voted on the bill late on Wednesday.',
    ]);
    expect(copy.subheadline).toBe('The bill now goes to the House, where its fate is uncertain.');
    expect(copy.dateline?.city).toBe('WASHINGTON');
  });
});
