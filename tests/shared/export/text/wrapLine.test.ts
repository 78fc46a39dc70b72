import { describe, expect, it } from 'vitest';
import { columns } from '@shared/export/text/columns';
import { wrapLine } from '@shared/export/text/wrapLine';

describe('wrapLine', () => {
  it('leaves the line whole without a width', () => {
    expect(wrapLine('a b c', null, { first: '- ', rest: '  ' })).toEqual(['- a b c']);
  });

  it('breaks at spaces so that no line is wider than the width', () => {
    expect(wrapLine('one two three four five', 9)).toEqual(['one two', 'three', 'four five']);
    expect(wrapLine('exactly nine', 7)).toEqual(['exactly', 'nine']);
  });

  it('puts a word longer than the width on a line of its own, whole', () => {
    expect(wrapLine('a supercalifragilistic word', 6)).toEqual(['a', 'supercalifragilistic', 'word']);
  });

  it('counts indents, and hangs the following lines under the first line’s text', () => {
    expect(wrapLine('one two three', 8, { first: '1. ', rest: '   ' })).toEqual([
      '1. one',
      '   two',
      '   three',
    ]);
  });

  it('keeps a lone dash with the word before it', () => {
    expect(wrapLine('ISTANBUL (AP) — Talks', 14)).toEqual(['ISTANBUL', '(AP) — Talks']);
  });

  it('never breaks at a no-break space, and breaks at other spaces as at a space', () => {
    expect(wrapLine('10\u00a0km away', 6)).toEqual(['10\u00a0km', 'away']);
    expect(wrapLine('a\u3000b', 2)).toEqual(['a', 'b']);
  });

  it('keeps runs of spaces inside a line and drops them where it breaks', () => {
    expect(wrapLine('a  b   c', 4)).toEqual(['a  b', 'c']);
  });
});

describe('columns', () => {
  it('counts combining marks as nothing and East Asian wide characters as two', () => {
    expect(columns('e\u0301te\u0301')).toBe(3);
    expect(columns('日本語')).toBe(6);
    expect(columns('Ειρήνη')).toBe(6);
  });
});
