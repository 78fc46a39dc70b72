import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
export type ParsedFont = ReturnType<Fontkit['create']>;
type GlyphRun = ReturnType<ParsedFont['layout']>;

const parsed = new WeakMap<Uint8Array, ParsedFont>();

/**
 * A font file parsed once, not once per proof: its tables stay parsed while its bytes live, and the
 * resources keep the bytes for the app's life.
 */
export function parsedFont(bytes: Uint8Array): ParsedFont {
  let font = parsed.get(bytes);
  if (!font) {
    font = fontkit.create(bytes);
    parsed.set(bytes, font);
  }
  return font;
}

/**
 * The fontkit pdf-lib embeds the proof's fonts with: it hands out the parsed fonts above (each proof still
 * cuts its own subset), and maps text to glyphs one character to one glyph, without OpenType shaping,
 * which took four fifths of a proof's time. Shaping only moves glyphs (kerning, marks) or swaps them
 * (ligatures); pdf-lib sets each glyph at its own advance whatever the shaper says, and the proof measures
 * its lines the same way, so nothing on the page changes; the scripts of the stories (Latin, Greek,
 * Cyrillic) need no contextual forms.
 */
export const proofFontkit: Fontkit = {
  create(bytes: Uint8Array): ParsedFont {
    const font = parsedFont(bytes);
    const layout = (text: string) =>
      ({ glyphs: font.glyphsForString(text), positions: [] }) as unknown as GlyphRun;
    return Object.create(font, { layout: { value: layout } }) as ParsedFont;
  },
};
