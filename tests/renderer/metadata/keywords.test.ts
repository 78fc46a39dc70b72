import { describe, expect, it } from 'vitest';
import { formatKeywords, parseKeywords } from '../../../src/renderer/src/metadata/keywords';

describe('parseKeywords', () => {
  it('trims, drops empties and drops repeats whatever their case, keeping the first spelling', () => {
    expect(parseKeywords(' Ukraine ,, peace talks,ukraine,  , Istanbul,PEACE TALKS,')).toEqual({
      ok: true,
      value: ['Ukraine', 'peace talks', 'Istanbul'],
    });
  });

  it('reads nothing as no keywords', () => {
    expect(parseKeywords('  ')).toEqual({ ok: true, value: [] });
  });

  it('refuses a keyword the library would refuse', () => {
    const parsed = parseKeywords(`short, ${'x'.repeat(101)}`);
    expect(parsed).toEqual({ ok: false, error: 'A keyword is longer than 100 characters' });
  });

  it('formats a list back the way a writer types it', () => {
    expect(formatKeywords(['Ukraine', 'peace talks'])).toBe('Ukraine, peace talks');
  });
});
