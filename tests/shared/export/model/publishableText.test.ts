import { describe, expect, it } from 'vitest';
import { isBlankText, publishableText } from '@shared/export/model/publishableText';

describe('publishableText', () => {
  it('drops controls, lone surrogates and non-characters, and keeps tab and line ends', () => {
    expect(publishableText('a\u0000b\u0007c\u001bd\u007fe\u0085f\ud800g\uffffh\ufdd0i')).toBe('abcdefghi');
    expect(publishableText('a\tb\nc\rd')).toBe('a\tb\nc\rd');
  });

  it('keeps every character a reader can see, astral ones included', () => {
    const text = 'Ειρήνη «τώρα» — Нет 😀 𠀀 \u00a0\u2028\u200b';
    expect(publishableText(text)).toBe(text);
  });
});

describe('isBlankText', () => {
  it('is true for text with nothing a reader would see', () => {
    expect(isBlankText('')).toBe(true);
    expect(isBlankText(' \t\n\u00a0\u3000\u0000')).toBe(true);
    expect(isBlankText(' a ')).toBe(false);
  });
});
