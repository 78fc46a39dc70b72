import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { quoteCreditFields } from '@shared/import/nitf/quoteCreditFields';
import { nitfDayOf, nitfInstant } from '@shared/import/nitf/nitfTime';

const credit = (xml: string) =>
  (new DOMParser().parseFromString(`<credit>${xml}</credit>`, 'text/xml') as unknown as Document)
    .documentElement;

describe('quoteCreditFields', () => {
  it('takes marked parts as marked, whatever commas they hold', () => {
    expect(
      quoteCreditFields(
        credit('— <person>Smith, Jr.</person>, <function>head, ops</function>, <org>A, B</org>, at a rally'),
        '',
      ),
    ).toEqual({ speaker: 'Smith, Jr.', title: 'head, ops', organization: 'A, B', context: 'at a rally' });
  });

  it('reads the unmarked words around a marked speaker as title and context', () => {
    expect(quoteCreditFields(credit('— <person>Ann Lee</person>, minister, during a visit'), '')).toEqual({
      speaker: 'Ann Lee',
      title: 'minister',
      organization: '',
      context: 'during a visit',
    });
  });

  it('reads a credit of words only, and falls back on quote-source for the speaker', () => {
    expect(quoteCreditFields(credit('— Ann Lee, minister, Acme'), '')).toMatchObject({
      speaker: 'Ann Lee',
      title: 'minister',
      organization: 'Acme',
    });
    expect(quoteCreditFields(null, 'Bo Ray').speaker).toBe('Bo Ray');
  });
});

describe('nitfTime', () => {
  it('reads basic and extended norms with their zone', () => {
    expect(nitfInstant('20261125T060000Z')).toBe('2026-11-25T06:00:00.000Z');
    expect(nitfInstant('20260311T143000+0200')).toBe('2026-03-11T12:30:00.000Z');
    expect(nitfInstant('2018-10-19T11:45:00-04:00')).toBe('2018-10-19T15:45:00.000Z');
    expect(nitfInstant('tomorrow')).toBeNull();
    expect(nitfDayOf('20261124T000000Z')).toBe('2026-11-24');
    expect(nitfDayOf('')).toBe('');
  });
});
