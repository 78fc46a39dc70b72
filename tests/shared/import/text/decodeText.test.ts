import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError } from '@shared/import/ImportError';
import { decodeText } from '@shared/import/text/decodeText';

const bytes = (...values: number[]) => new Uint8Array(values);

/** The characters decodeText takes for binary data, and the byte-order mark it strips. */
function hasBinaryMarks(text: string): boolean {
  return [...text].some((char) => {
    const code = char.codePointAt(0) ?? 0;
    return code <= 0x08 || code === 0x0b || (code >= 0x0e && code <= 0x1f) || code === 0xfeff;
  });
}

describe('decodeText', () => {
  it('reads UTF-8, dropping a byte order mark', () => {
    const encoded = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Київ — Αθήνα')]);
    expect(decodeText(encoded)).toEqual({ text: 'Київ — Αθήνα', encoding: 'utf-8' });
  });

  it('reads an older Windows-1252 file that is not UTF-8', () => {
    expect(decodeText(bytes(0x93, 0x48, 0x69, 0x94))).toEqual({ text: '“Hi”', encoding: 'windows-1252' });
  });

  it('refuses an empty file and a binary one, saying which', () => {
    expect(() => decodeText(bytes())).toThrow(new ImportError('empty', 'The file is empty.'));
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d);
    expect(() => decodeText(png)).toThrow(/not text: it holds binary data/);
  });

  it('gives back any text it was given as UTF-8', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }).filter((text) => text.length > 0 && !hasBinaryMarks(text)),
        (text) => {
          expect(decodeText(new TextEncoder().encode(text)).text).toBe(text);
        },
      ),
    );
  });
});
