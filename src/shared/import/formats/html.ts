import { htmlDocument } from '../html/htmlDocument';
import type { ImportFormat } from '../importFormat';
import { importedStoryOf } from '../importedStoryOf';
import { ImportError } from '../ImportError';
import { copydeskArticle } from '../page/copydeskArticle';
import { decodeHtml } from '../page/decodeHtml';
import { readCopydeskPage } from '../page/readCopydeskPage';
import { readSavedPage } from '../page/readSavedPage';

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i;

/**
 * A web page: Copydesk's own HTML export read back field for field, any other saved page through Mozilla's
 * Readability, with what the page held besides the article listed in the report.
 */
export const htmlImport: ImportFormat = {
  id: 'html',
  label: 'Web page (HTML)',
  extensions: ['.html', '.htm', '.xhtml'],
  sniff: (head) => HTML_START.test(head.replace(/^\uFEFF/, '')),
  import: async (bytes, { fileName, importedAt }) => {
    const { html, encoding } = decodeHtml(bytes);
    const document = htmlDocument(html);
    if (!(document.body?.textContent ?? '').trim())
      throw new ImportError('empty', 'The page holds no text to make a story of.');
    const article = copydeskArticle(document);
    const reading = article
      ? readCopydeskPage(document, article, importedAt)
      : readSavedPage(document, html, importedAt);
    const imported = importedStoryOf(reading.draft, {
      source: fileName,
      format: article ? 'HTML (Copydesk export)' : 'Web page (HTML)',
      dropped: reading.dropped,
      unreadable: reading.unreadable,
    });
    if (encoding !== 'utf-8') imported.report.recognized.push(`Read as ${encoding}: the page is not UTF-8.`);
    return imported;
  },
};
