import { describe, expect, it } from 'vitest';
import { parseSlug } from '../../../src/renderer/src/metadata/slugText';

describe('parseSlug', () => {
  it('accepts lowercase words joined by single hyphens, and an empty slug', () => {
    expect(parseSlug('budget-2026')).toEqual({ ok: true, value: 'budget-2026' });
    expect(parseSlug('')).toEqual({ ok: true, value: '' });
  });

  it('refuses anything else with the rule', () => {
    for (const text of ['Budget', 'budget--2026', '-budget', 'budget-', 'budget 2026', 'bütçe']) {
      expect(parseSlug(text)).toEqual({
        ok: false,
        error: 'A slug is lowercase letters, digits and single hyphens',
      });
    }
  });
});
