import { describe, expect, it } from 'vitest';
import { foldedWords, foldWord } from '../../../../src/main/search/engine/foldText';

describe('foldText', () => {
  it('lowercases, drops accents and makes Latin look-alikes in mixed words Latin, leaving Cyrillic words Cyrillic', () => {
    expect(foldWord('Café')).toBe('cafe');
    expect(foldWord('Kyїv')).toBe('kyiv');
    expect(foldWord('Київ')).toBe('киів');
  });

  it('splits on punctuation and spaces', () => {
    expect(foldedWords("KHERSON — Zelenskyy's talks, Chișinău.")).toEqual([
      'kherson',
      'zelenskyy',
      's',
      'talks',
      'chisinau',
    ]);
  });
});
