import { PDFDocument } from 'pdf-lib';
import type { ExportFormat, PdfFonts } from '../exportFormat';
import type { ExportStory } from '../model/exportStory';
import { ProofBody } from '../pdf/proofBody';
import type { Faces } from '../pdf/proofFaces';
import { proofFaces } from '../pdf/proofFaces';
import { proofFontkit } from '../pdf/proofFontkit';
import { placeFooters } from '../pdf/proofFooter';
import { setProofMetadata } from '../pdf/proofMetadata';
import { ProofWriter } from '../pdf/ProofWriter';
import { renderProof } from '../pdf/renderProof';

function facesOf(fonts: PdfFonts): Faces {
  try {
    return proofFaces(fonts);
  } catch (error) {
    throw new Error(`The PDF proof's fonts cannot be read: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * The story as a PDF proof for editors: A4, set in DejaVu Serif (Latin, Greek and Cyrillic), the body
 * flowing over as many pages as it needs, and a footer on every page with the slug, "Page N of M", the
 * word count and the status. The same story and fonts always give the same bytes.
 */
export async function storyPdf(story: ExportStory, fonts: PdfFonts): Promise<Uint8Array> {
  const faces = facesOf(fonts);
  const writer = new ProofWriter();
  new ProofBody(writer, faces).story(story);
  placeFooters(writer.pages, story, faces);
  // pdf-lib would otherwise stamp the export's own time and its own name as the document's.
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(proofFontkit);
  await renderProof(doc, writer.pages, fonts);
  setProofMetadata(doc, story);
  return doc.save();
}

export const pdfFormat: ExportFormat = {
  id: 'pdf',
  label: 'PDF proof',
  fileSuffix: '.pdf',
  mediaType: 'application/pdf',
  isText: false,
  export: async (story, resources) => storyPdf(story, await resources.pdfFonts()),
};
