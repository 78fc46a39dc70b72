import type { DroppedLine } from '../recognize/recognizedCopy';
import { flattenDeepNesting } from '../html/flattenDeepNesting';
import { readBodyHtml } from '../html/readBodyHtml';
import type { PageReading } from './readCopydeskPage';
import { droppedPageLines } from './droppedPageLines';
import { jsonLdArticle } from './jsonLdArticle';
import { leftOutEmbeds } from './leftOutEmbeds';
import { pageBylines } from './pageBylines';
import { pageLines } from './pageLines';
import { pageKeywords, pageLanguage, pageSection } from './pageMetadata';
import { readableArticle } from './readableArticle';
import { takeArticleChrome } from './takeArticleChrome';

const MAX_HEADLINE = 500;
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function headlineOf(document: Document, title: string): string {
  const og = document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  const h1 = document.querySelector('h1')?.textContent ?? '';
  const headline = [title, og, h1].map(collapse).find(Boolean) ?? '';
  return headline.length <= MAX_HEADLINE ? headline : '';
}

/**
 * A web page saved from a browser: the article as Readability extracts it, its body read with the dateline and
 * quote recognition, the page's metadata for the section, keywords and language, and every line of the page
 * that is not in the story listed as dropped with where it stood. A page Readability finds no article in is
 * read whole, so nothing is lost.
 */
export function readSavedPage(document: Document, html: string, referenceDate: string): PageReading {
  flattenDeepNesting(document.documentElement);
  const found = readableArticle(html);
  const jsonLd = jsonLdArticle(document);
  const content = found.content ?? document.body;
  // Read before the article's own boilerplate is taken out, which is then listed once, as in the article.
  const articleText = content?.textContent ?? '';
  const articleLines = content ? pageLines(content).map((line) => line.text) : [];
  const chrome: DroppedLine[] = found.content ? takeArticleChrome(found.content) : [];
  const headline = headlineOf(document, found.title);
  // Readability drops a header it takes for page chrome, byline and all: then the page's own "By …" line
  // above the article, read as the plain-text importer reads one.
  const lines = document.body ? pageLines(document.body) : [];
  const articleSet = new Set(articleLines);
  const above = lines.slice(
    0,
    Math.max(
      0,
      lines.findIndex((line) => articleSet.has(line.text)),
    ),
  );
  const bylineLine =
    found.byline ||
    above.find((line) => /^by\s/i.test(line.text) && pageBylines(line.text).length > 0)?.text ||
    '';
  const bylines = pageBylines(bylineLine);
  const section = pageSection(document, jsonLd);
  const pageDropped =
    found.content && document.body
      ? droppedPageLines(lines, articleLines, {
          article: articleText,
          fields: [headline, bylineLine, section].filter(Boolean),
        })
      : [];
  const embeds = found.content && document.body ? leftOutEmbeds(document.body, found.content) : [];
  const body = readBodyHtml(found.content ?? document.body ?? '', { referenceDate });
  const language = pageLanguage(document, jsonLd);
  return {
    draft: {
      headline,
      bylines,
      section,
      keywords: pageKeywords(document, jsonLd),
      ...(language && { language }),
      body: body.body,
      quotes: body.quotes,
    },
    dropped: [...chrome, ...pageDropped],
    unreadable: [...body.unreadable, ...embeds],
  };
}
