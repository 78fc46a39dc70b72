import type { Byline } from '../../story/story';
import { headerBylines } from './headerBylines';
import { jsonLdBylines } from './jsonLdBylines';

// What Copydesk's export puts in an article's header, and nothing else.
const HEADER_PARTS = new Set(['H1', 'P.subheadline', 'P.byline', 'P.times']);

const partOf = (element: Element) =>
  element.tagName === 'H1' ? 'H1' : `${element.tagName}.${element.getAttribute('class') ?? ''}`;

/**
 * The `<article>` of a page or fragment Copydesk exported: the body's one element, opening with a header
 * of the export's own parts. Null for any other page, which is then read as a saved web page.
 */
export function copydeskArticle(document: Document): Element | null {
  const children = [...(document.body?.children ?? [])];
  const [article] = children;
  if (children.length !== 1 || article?.tagName !== 'ARTICLE') return null;
  const header = article.firstElementChild;
  if (header?.tagName !== 'HEADER') return null;
  const parts = [...header.children].map(partOf);
  return parts.includes('P.times') && parts.every((part) => HEADER_PARTS.has(part)) ? article : null;
}

export interface CopydeskHeader {
  headline: string;
  subheadline: string;
  bylines: Byline[];
}

/**
 * The header's fields as the export wrote them. The JSON-LD's people, when the page has them, settle whose
 * title and organization each is, which the line "By A and B, Reuters" alone cannot.
 */
export function copydeskHeader(article: Element, jsonLd: Record<string, unknown> | null): CopydeskHeader {
  const header = article.firstElementChild!;
  const shown = (selector: string) => header.querySelector(selector)?.textContent ?? '';
  const bylineLine = header.querySelector('p.byline');
  const bylines = bylineLine ? headerBylines(bylineLine) : [];
  const people = jsonLdBylines(jsonLd);
  const same =
    people.length === bylines.length &&
    people.every((person, at) => person.name === bylines[at]?.name.trim());
  return {
    headline: shown('h1'),
    subheadline: shown('p.subheadline'),
    bylines: same ? bylines.map((byline, at) => ({ ...people[at]!, name: byline.name })) : bylines,
  };
}
