import { describe, expect, it } from 'vitest';
import { instantOf } from '@shared/export/nitf/instant';
import { nitfDateTime, nitfDay } from '@shared/export/nitf/nitfDateTime';
import { printedDateline } from '@shared/export/nitf/printedDateline';
import { regionKind } from '@shared/export/nitf/regionKind';

describe('NITF helpers', () => {
  it('writes a moment in NITF’s basic ISO form, in UTC', () => {
    expect(nitfDateTime(instantOf('time', '2026-11-24T09:40:30.000Z'))).toBe('20261124T094030Z');
    expect(nitfDateTime(instantOf('time', '2026-11-24T01:40:30+02:00'))).toBe('20261123T234030Z');
    expect(nitfDateTime(instantOf('time', '2026-11-24T09:40:30.999Z'))).toBe('20261124T094030Z');
  });

  it('refuses a time that names no moment', () => {
    for (const bad of ['', 'now', '2026-11-24', '2026-11-24T09:40:30', '2026-02-30T00:00:00Z']) {
      expect(() => instantOf('update time', bad), bad).toThrow(/not an ISO 8601 date-time with a time zone/);
    }
  });

  it('writes a calendar day as midnight UTC, and nothing for what is no day', () => {
    expect(nitfDay('2026-11-24')).toBe('20261124T000000Z');
    expect(nitfDay('2028-02-29')).toBe('20280229T000000Z');
    expect(nitfDay('2026-02-30')).toBeNull();
    expect(nitfDay('24/11/2026')).toBeNull();
    expect(nitfDay('')).toBeNull();
  });

  it('tells states and provinces from countries as AP datelines name them', () => {
    for (const state of ['Calif.', 'N.Y.', 'Ga.', 'Texas', ' new  york ', 'D.C.', 'Quebec', 'Puerto Rico']) {
      expect(regionKind(state), state).toBe('state');
    }
    for (const country of ['Ukraine', 'Turkey', 'Georgia', 'Greece', 'West Bank', '']) {
      expect(regionKind(country), country).toBe('country');
    }
  });

  it('prints the dateline without the dash that leads into the lede', () => {
    expect(printedDateline('KHERSON, Ukraine, Nov. 24 (AP) —')).toBe('KHERSON, Ukraine, Nov. 24 (AP)');
    expect(printedDateline('NEW YORK —')).toBe('NEW YORK');
    expect(printedDateline('A — B —')).toBe('A — B');
  });
});
