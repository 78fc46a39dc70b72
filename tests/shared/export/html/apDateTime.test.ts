import { describe, expect, it } from 'vitest';
import { apDateTime } from '@shared/export/html/apDateTime';

describe('apDateTime', () => {
  it('writes a time as AP does, in UTC', () => {
    expect(apDateTime('2026-11-24T09:40:30.000Z')).toBe('Nov. 24, 2026, 9:40 a.m. UTC');
    expect(apDateTime('2026-03-05T21:00:00Z')).toBe('March 5, 2026, 9 p.m. UTC');
    expect(apDateTime('2026-09-01T12:05:00Z')).toBe('Sept. 1, 2026, 12:05 p.m. UTC');
  });

  it('names noon and midnight', () => {
    expect(apDateTime('2026-07-04T12:00:00Z')).toBe('July 4, 2026, noon UTC');
    expect(apDateTime('2026-07-04T00:00:00Z')).toBe('July 4, 2026, midnight UTC');
  });

  it('converts a time with an offset to UTC, the day too', () => {
    expect(apDateTime('2026-01-01T01:30:00+02:00')).toBe('Dec. 31, 2025, 11:30 p.m. UTC');
  });
});
