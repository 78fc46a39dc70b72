import type { ImportedDraft } from '../importedStoryOf';
import { readBodyHtml } from '../html/readBodyHtml';
import { copydeskHeader } from './copydeskArticle';
import { jsonLdArticle } from './jsonLdArticle';
import { pageKeywords, pageLanguage } from './pageMetadata';
import { jsonLdText } from './jsonLdArticle';

export interface PageReading {
  draft: ImportedDraft;
  dropped: { text: string; reason: string }[];
  unreadable: string[];
}

/**
 * A page or fragment Copydesk exported, read field for field: the header's headline, subheadline and
 * bylines, the JSON-LD's section, keywords and language (a page has them, a fragment does not), and the
 * body as the export marked it up, with nothing re-recognized.
 */
export function readCopydeskPage(document: Document, article: Element, referenceDate: string): PageReading {
  const jsonLd = jsonLdArticle(document);
  const header = copydeskHeader(article, jsonLd);
  article.firstElementChild?.remove();
  const body = readBodyHtml(article, { referenceDate, recognize: false });
  const language = pageLanguage(document, jsonLd);
  const section = jsonLdText(jsonLd?.articleSection);
  return {
    draft: {
      ...header,
      ...(section && { section }),
      ...(jsonLd?.keywords !== undefined && { keywords: pageKeywords(document, jsonLd) }),
      ...(language && { language }),
      body: body.body,
      quotes: body.quotes,
    },
    dropped: [],
    unreadable: body.unreadable,
  };
}
