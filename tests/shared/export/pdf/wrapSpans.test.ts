import fc from 'fast-check';
import { rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { Face } from '@shared/export/pdf/proofFaces';
import type { Line, Span } from '@shared/export/pdf/wrapSpans';
import { BREAK, wrapSpans } from '@shared/export/pdf/wrapSpans';

/** A face where every character is half the type size wide, so widths are easy to reckon. */
const face = (name: Face['name']): Face => ({
  name,
  widthOf: (text, size) => Array.from(text).length * size * 0.5,
  settable: (text) => text,
});
const regular = face('regular');
const bold = face('bold');

const span = (text: string, font = regular): Span => ({
  text,
  font,
  size: 10,
  color: rgb(0, 0, 0),
  underline: false,
  strike: false,
  href: null,
});
const texts = (lines: Line[]) => lines.map((line) => line.spans.map((placed) => placed.text).join(''));

describe('wrapSpans', () => {
  it('breaks at spaces, dropping the spaces that end a line', () => {
    // Ten characters of 5 points fit a 50-point line.
    expect(texts(wrapSpans([span('aaaa bbbb cccc dd')], 50))).toEqual(['aaaa bbbb', 'cccc dd']);
  });

  it('keeps a word split across looks as one word, and joins neighbours of one look', () => {
    const lines = wrapSpans([span('aaaa hel'), span('lo', bold), span(' cc')], 40);

    expect(texts(lines)).toEqual(['aaaa', 'hello cc']);
    expect(lines[1]!.spans.map((placed) => [placed.text, placed.font.name, placed.x])).toEqual([
      ['hel', 'regular', 0],
      ['lo', 'bold', 15],
      [' cc', 'regular', 25],
    ]);
  });

  it('cuts a word wider than the whole line between its characters, filling each line', () => {
    expect(texts(wrapSpans([span('xx '), span('a'.repeat(23))], 50))).toEqual([
      'xx',
      'aaaaaaaaaa',
      'aaaaaaaaaa',
      'aaa',
    ]);
  });

  it('starts a new line at a forced break, and gives an empty paragraph one empty line', () => {
    expect(texts(wrapSpans([span('one '), BREAK, span('two')], 100))).toEqual(['one', 'two']);
    expect(texts(wrapSpans([], 100))).toEqual(['']);
  });

  it('never makes a line wider than its measure, and loses no character but spaces', () => {
    const words = fc.array(fc.stringMatching(/^[a-zΩЖ]{0,30}$/), { maxLength: 12 });
    fc.assert(
      fc.property(words, fc.integer({ min: 5, max: 200 }), (parts, width) => {
        const lines = wrapSpans(
          parts.map((part, at) => span(`${part} `, at % 2 ? bold : regular)),
          width,
        );
        for (const line of lines) expect(line.width).toBeLessThanOrEqual(Math.max(width, 5));
        expect(texts(lines).join('').replace(/ /g, '')).toBe(parts.join(''));
      }),
    );
  });
});
