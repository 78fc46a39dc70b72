import { Readability } from '@mozilla/readability';
import { htmlDocument } from '../html/htmlDocument';
import { flattenDeepNesting } from '../html/flattenDeepNesting';

export interface ReadableArticle {
  title: string;
  byline: string;
  lang: string;
  /** The article's content, Readability's own element, free to change; null when no article was found. */
  content: Element | null;
}

/**
 * The article of a saved web page, as Firefox's Reader View finds it (Mozilla's Readability), on a
 * document of its own: Readability takes apart the document it reads.
 */
export function readableArticle(html: string): ReadableArticle {
  const document = htmlDocument(html);
  flattenDeepNesting(document.documentElement);
  const parsed = new Readability<Element>(document, {
    keepClasses: true,
    serializer: (node) => node as Element,
  }).parse();
  const content = parsed?.content && (parsed.content.textContent ?? '').trim() ? parsed.content : null;
  return {
    title: (parsed?.title ?? '').trim(),
    byline: (parsed?.byline ?? '').trim(),
    lang: parsed?.lang ?? '',
    content,
  };
}
