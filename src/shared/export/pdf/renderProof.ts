import type { PDFDocument, PDFFont, PDFOperator } from 'pdf-lib';
import {
  beginText,
  endText,
  lineTo,
  moveTo,
  PDFName,
  popGraphicsState,
  pushGraphicsState,
  setFillingColor,
  setFontAndSize,
  setLineWidth,
  setStrokingColor,
  setTextMatrix,
  showText,
  stroke,
} from 'pdf-lib';
import type { PdfFonts } from '../exportFormat';
import { addLinkAnnotation } from './linkAnnotation';
import type { FaceName } from './proofFaces';
import { PAGE } from './proofLayout';
import type { PlacedText, ProofPage, Stroke } from './proofPage';

const FACES: readonly FaceName[] = ['regular', 'bold', 'italic', 'boldItalic'];
// The six-letter tag the PDF standard gives a subset font, fixed rather than pdf-lib's numbered suffix.
const SUBSET_NAMES: Record<FaceName, string> = {
  regular: 'CPDKAA+DejaVuSerif',
  bold: 'CPDKAB+DejaVuSerif-Bold',
  italic: 'CPDKAC+DejaVuSerif-Italic',
  boldItalic: 'CPDKAD+DejaVuSerif-BoldItalic',
};
const FONT_KEYS: Record<FaceName, PDFName> = {
  regular: PDFName.of('F1'),
  bold: PDFName.of('F2'),
  italic: PDFName.of('F3'),
  boldItalic: PDFName.of('F4'),
};

// Hundredths of a point are finer than any printer; the shorter numbers keep the page streams small.
const round = (value: number): number => Math.round(value * 100) / 100;

function textOperators(text: PlacedText, font: PDFFont): PDFOperator[] {
  return [
    beginText(),
    setFontAndSize(FONT_KEYS[text.face.name], text.size),
    setFillingColor(text.color),
    setTextMatrix(1, 0, 0, 1, round(text.x), round(text.y)),
    showText(font.encodeText(text.text)),
    endText(),
  ];
}

function strokeOperators(line: Stroke): PDFOperator[] {
  return [
    pushGraphicsState(),
    setStrokingColor(line.color),
    setLineWidth(round(line.width)),
    moveTo(round(line.from.x), round(line.from.y)),
    lineTo(round(line.to.x), round(line.to.y)),
    stroke(),
    popGraphicsState(),
  ];
}

/**
 * Draws the laid-out pages into the PDF. Only the faces the proof uses are embedded, each cut down to the
 * glyphs it sets; text goes in as plain PDF text operators, one text object per run, which is all a proof
 * needs and far less than pdf-lib's general drawText writes for each call.
 */
export async function renderProof(
  doc: PDFDocument,
  pages: readonly ProofPage[],
  fonts: PdfFonts,
): Promise<void> {
  const used = new Set(pages.flatMap((page) => page.texts.map((text) => text.face.name)));
  const embedded = new Map<FaceName, PDFFont>();
  for (const face of FACES.filter((name) => used.has(name))) {
    embedded.set(face, await doc.embedFont(fonts[face], { subset: true, customName: SUBSET_NAMES[face] }));
  }
  for (const proofPage of pages) {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    for (const [face, font] of embedded) page.node.setFontDictionary(FONT_KEYS[face], font.ref);
    page.pushOperators(
      ...proofPage.strokes.flatMap(strokeOperators),
      ...proofPage.texts.flatMap((text) => textOperators(text, embedded.get(text.face.name)!)),
    );
    for (const link of proofPage.links) addLinkAnnotation(doc, page, link.rect, link.href);
  }
  // Every glyph is set by now, so the subsets can be cut. All at once: fontkit writes each on timers, and
  // pdf-lib's save would wait for them one font after another.
  await Promise.all([...embedded.values()].map((font) => font.embed()));
}
