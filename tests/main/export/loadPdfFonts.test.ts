import type * as fsPromises from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPdfFonts } from '../../../src/main/export/loadPdfFonts';

// Every TrueType font file starts with the version 1.0 tag.
const isTrueType = (bytes: Uint8Array) =>
  bytes[0] === 0 && bytes[1] === 1 && bytes[2] === 0 && bytes[3] === 0;

afterEach(() => {
  vi.doUnmock('node:fs/promises');
  vi.resetModules();
});

describe('loadPdfFonts', () => {
  it("reads the four DejaVu Serif faces from the project's resources", async () => {
    const fonts = await loadPdfFonts();

    for (const face of [fonts.regular, fonts.bold, fonts.italic, fonts.boldItalic]) {
      expect(face).toBeInstanceOf(Uint8Array);
      expect(isTrueType(face)).toBe(true);
      expect(face.byteLength).toBeGreaterThan(300_000);
    }
    expect(
      new Set([fonts.regular, fonts.bold, fonts.italic, fonts.boldItalic].map((face) => face.byteLength))
        .size,
    ).toBe(4);
  });

  it('reads them once: every later call gives the same bytes', async () => {
    const first = await loadPdfFonts();
    const second = await loadPdfFonts();

    expect(second).toBe(first);
    expect(second.regular).toBe(first.regular);
  });

  it('names the font it cannot read, and reads again on the next call rather than keep the failure', async () => {
    const actual = await vi.importActual<typeof fsPromises>('node:fs/promises');
    const readFile = vi.fn(actual.readFile).mockRejectedValueOnce(new Error('EACCES: permission denied'));
    vi.resetModules();
    vi.doMock('node:fs/promises', () => ({ ...actual, readFile }));
    const { loadPdfFonts: load } = await import('../../../src/main/export/loadPdfFonts');

    await expect(load()).rejects.toThrow(/The PDF proof's font .*DejaVuSerif.*\.ttf cannot be read: EACCES/);
    await expect(load()).resolves.toMatchObject({ regular: expect.any(Uint8Array) });
  });
});
