import type { PdfFonts } from '../exportFormat';
import { parsedFont } from './proofFontkit';

export type FaceName = keyof PdfFonts;

/** One of the proof's four faces, measured without a PDF: lines are laid out before any font is embedded. */
export interface Face {
  name: FaceName;
  /** The width of `text` set at `size`, in points, as pdf-lib will set it: each glyph at its advance. */
  widthOf(text: string, size: number): number;
  /**
   * The text with each character the face has no glyph for replaced by U+FFFD "�": a proof shows the reader
   * that something is there, and viewers give the replacement the width the line was measured with (an
   * empty box has none the PDF states, so a viewer would make it wider than measured).
   */
  settable(text: string): string;
}

function face(name: FaceName, bytes: Uint8Array): Face {
  const font = parsedFont(bytes);
  // A story repeats its words and spaces a great deal: each is measured once per proof.
  const widths = new Map<string, number>();
  return {
    name,
    widthOf(text, size) {
      let width = widths.get(text);
      if (width === undefined) {
        width = 0;
        for (const glyph of font.glyphsForString(text)) width += glyph.advanceWidth;
        width /= font.unitsPerEm;
        widths.set(text, width);
      }
      return width * size;
    },
    settable(text) {
      let settable = '';
      for (const character of text) {
        settable += font.hasGlyphForCodePoint(character.codePointAt(0)!) ? character : '\uFFFD';
      }
      return settable;
    },
  };
}

export type Faces = (bold: boolean, italic: boolean) => Face;

export function proofFaces(fonts: PdfFonts): Faces {
  const regular = face('regular', fonts.regular);
  const bold = face('bold', fonts.bold);
  const italic = face('italic', fonts.italic);
  const boldItalic = face('boldItalic', fonts.boldItalic);
  return (isBold, isItalic) => (isBold ? (isItalic ? boldItalic : bold) : isItalic ? italic : regular);
}
