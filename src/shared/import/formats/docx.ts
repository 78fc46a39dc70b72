import { coreStoryFields, documentDate } from '../docx/storyFields';
import { docxHtml } from '../docx/docxHtml';
import { openDocxPackage } from '../docx/openDocxPackage';
import { groupQuoteFigures } from '../docx/quoteFigures';
import { takeStoryHeader } from '../docx/storyHeader';
import { htmlDocument } from '../html/htmlDocument';
import { readBodyHtml } from '../html/readBodyHtml';
import type { ImportFormat } from '../importFormat';
import { importedStoryOf } from '../importedStoryOf';

const LABEL = 'Word document (DOCX)';

/**
 * A Word document, read by mammoth through a style map that knows Copydesk's own export styles and Word's
 * built-ins: Title, Subtitle and Byline paragraphs become the story's fields, quotes become quote blocks with
 * their attribution, and the core properties give the section, keywords and language.
 */
export const docxImport: ImportFormat = {
  id: 'docx',
  label: LABEL,
  extensions: ['.docx'],
  // Every Office file, e-book and archive opens with a zip's "PK": only the name says it is a Word document.
  sniff: () => false,
  import: async (bytes, { fileName, importedAt }) => {
    const docx = await openDocxPackage(bytes);
    const converted = await docxHtml(docx.bytes);
    const root = htmlDocument(converted.html).body;
    const header = takeStoryHeader(root);
    const headline = header.headline || docx.core.title;
    groupQuoteFigures(root);
    const reading = readBodyHtml(root, { referenceDate: documentDate(docx.core) ?? importedAt });
    const draft = {
      ...coreStoryFields(docx.core),
      headline,
      subheadline: header.subheadline,
      bylines: header.bylines,
      body: reading.body,
      quotes: reading.quotes,
    };
    return importedStoryOf(draft, {
      source: fileName,
      format: LABEL,
      unreadable: [...reading.unreadable, ...converted.unreadable],
    });
  },
};
