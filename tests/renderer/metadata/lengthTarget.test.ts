import { describe, expect, it } from 'vitest';
import { formatLengthTarget, parseLengthTarget } from '../../../src/renderer/src/metadata/lengthTarget';

describe('parseLengthTarget', () => {
  it('reads a whole number of words, and empty as no target', () => {
    expect(parseLengthTarget(' 800 ')).toEqual({ ok: true, value: 800 });
    expect(parseLengthTarget('')).toEqual({ ok: true, value: null });
  });

  it('refuses what is not a whole, positive number of words within the limit', () => {
    for (const text of ['0', '-5', '12.5', '1e3']) {
      expect(parseLengthTarget(text)).toEqual({
        ok: false,
        error: 'The length target is a whole number of words',
      });
    }
    expect(parseLengthTarget('100001')).toEqual({
      ok: false,
      error: 'The length target is at most 100,000 words',
    });
  });

  it('formats no target as an empty field', () => {
    expect(formatLengthTarget(null)).toBe('');
    expect(formatLengthTarget(650)).toBe('650');
  });
});
