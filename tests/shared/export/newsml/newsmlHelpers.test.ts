import { describe, expect, it } from 'vitest';
import { g2DateTime } from '@shared/export/newsml/g2DateTime';
import { g2Guid } from '@shared/export/newsml/g2Guid';
import { g2String } from '@shared/export/newsml/g2Strings';

describe('NewsML-G2 helpers', () => {
  it('names the item by a NewsML URN, the same for every version of the story', () => {
    const created = new Date(Date.UTC(2026, 10, 24, 23, 59));
    expect(g2Guid('6F1C2B4E-8D3A-4C5B-9E7F-0A1B2C3D4E5F', created)).toBe(
      'urn:newsml:copydesk.local:20261124:6f1c2b4e-8d3a-4c5b-9e7f-0a1b2c3d4e5f',
    );
    expect(() => g2Guid('x:y', created)).toThrow(/story id "x:y" is not a UUID/);
  });

  it('writes times as XML Schema dateTimes in UTC, with a fraction only when there is one', () => {
    expect(g2DateTime(new Date('2026-11-24T11:40:30+02:00'))).toBe('2026-11-24T09:40:30Z');
    expect(g2DateTime(new Date('2026-11-24T09:40:30.250Z'))).toBe('2026-11-24T09:40:30.250Z');
  });

  it('turns tabs and line breaks into spaces for NewsML-G2’s plain strings', () => {
    expect(g2String('a\tb\nc\r\nd')).toBe('a b c  d');
    expect(g2String('Ω\u2028é')).toBe('Ω\u2028é');
  });
});
