import { describe, expect, it } from 'vitest';
import { splitLines } from '@shared/import/text/splitLines';

describe('splitLines', () => {
  it('splits on every kind of line break, trims, and keeps blank lines as paragraph breaks', () => {
    expect(splitLines('World\r\n\r\nHeadline  here \rBy Jane\n\u2028Lede')).toEqual([
      'World',
      '',
      'Headline here',
      'By Jane',
      '',
      'Lede',
    ]);
  });
});
