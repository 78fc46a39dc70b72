import { describe, expect, it } from 'vitest';
import { instantOf } from '@shared/export/model/storyTime';
import { nitfDateTime, nitfDay } from '@shared/export/nitf/nitfDateTime';

describe('NITF helpers', () => {
  it('writes a moment in NITF’s basic ISO form, in UTC', () => {
    expect(nitfDateTime(instantOf('time', '2026-11-24T09:40:30.000Z'))).toBe('20261124T094030Z');
    expect(nitfDateTime(instantOf('time', '2026-11-24T01:40:30+02:00'))).toBe('20261123T234030Z');
    expect(nitfDateTime(instantOf('time', '2026-11-24T09:40:30.999Z'))).toBe('20261124T094030Z');
  });

  it('writes a calendar day as midnight UTC, and nothing for what is no day', () => {
    expect(nitfDay('2026-11-24')).toBe('20261124T000000Z');
    expect(nitfDay('2028-02-29')).toBe('20280229T000000Z');
    expect(nitfDay('2026-02-30')).toBeNull();
    expect(nitfDay('24/11/2026')).toBeNull();
    expect(nitfDay('')).toBeNull();
  });
});
