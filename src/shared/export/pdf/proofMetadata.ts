import type { PDFDocument } from 'pdf-lib';
import { PDFHexString, PDFName, PDFString } from 'pdf-lib';
import type { ExportStory } from '../model/exportStory';
import { instantOf } from '../model/storyTime';
import { pdfText } from './pdfText';

/** The story's UUID as the sixteen bytes the PDF standard wants in each part of a file identifier. */
const uuidHex = (id: string): string =>
  id
    .replace(/[^0-9a-f]/gi, '')
    .toLowerCase()
    .padEnd(32, '0')
    .slice(0, 32);

/**
 * The document's properties, all from the story, none from the clock: title, author, subject, keywords,
 * language, the story's own creation and modification times, and a file identifier made of the story's id
 * (the same for every proof of the story) and that id with the revision in its last four bytes (new with
 * each revision), as the PDF standard asks of the two parts of an ID.
 */
export function setProofMetadata(doc: PDFDocument, story: ExportStory): void {
  const authors = story.bylines.map((byline) => byline.name).filter(Boolean);
  doc.setTitle(pdfText(story.headline), { showInWindowTitleBar: true });
  doc.setAuthor(pdfText(authors.join(', ')));
  doc.setSubject(pdfText(story.subheadline));
  doc.setKeywords([pdfText(story.keywords.join(', '))]);
  doc.setCreator('Copydesk');
  doc.setProducer('Copydesk PDF proof (pdf-lib)');
  doc.setCreationDate(instantOf('creation time', story.createdAt));
  doc.setModificationDate(instantOf('update time', story.updatedAt));
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(story.language.replace(/[^A-Za-z0-9-]/g, '')));
  const id = uuidHex(story.id);
  const revision = (story.revision >>> 0).toString(16).padStart(8, '0');
  doc.context.trailerInfo.ID = doc.context.obj([
    PDFHexString.of(id),
    PDFHexString.of(`${id.slice(0, 24)}${revision}`),
  ]);
}
