import { describe, expect, it } from 'vitest';
import { highlightParts } from '../../../../src/renderer/src/library/home/highlightRanges';

const marked = (text: string, highlights: string[]) =>
  highlightParts(text, highlights)
    .filter((part) => part.marked)
    .map((part) => part.text);

describe('highlightParts', () => {
  it('marks words whatever their case and accents, keeping the text as written', () => {
    expect(marked('Talks in Zürich and ZURICH', ['zurich'])).toEqual(['Zürich', 'ZURICH']);
    expect(
      highlightParts('Kyïv today', ['kyiv'])
        .map((part) => part.text)
        .join(''),
    ).toBe('Kyïv today');
  });

  it('marks only at the start of a word', () => {
    expect(marked('Shelling in Kherson', ['in'])).toEqual(['in']);
    expect(marked('Kherson', ['kher'])).toEqual(['Kher']);
  });

  it('leaves text alone without highlights', () => {
    expect(highlightParts('Plain', [])).toEqual([{ text: 'Plain', marked: false }]);
  });
});
