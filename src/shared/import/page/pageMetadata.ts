import { breadcrumbSection } from '../recognize/top/sections';
import { jsonLdText } from './jsonLdArticle';

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;
const MAX_KEYWORDS = 200;
const MAX_KEYWORD_LENGTH = 100;
const MAX_FIELD_LENGTH = 200;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function metaContent(document: Document, selector: string): string[] {
  return [...document.querySelectorAll(selector)].map((meta) => collapse(meta.getAttribute('content') ?? ''));
}

// Where pages name their breadcrumb trail: the ARIA label, schema.org's list, and the usual class names.
const BREADCRUMBS =
  'nav[aria-label*="breadcrumb" i], [itemtype$="BreadcrumbList"], .breadcrumb, .breadcrumbs, .entry-crumbs';

function breadcrumb(document: Document): string {
  for (const trail of [...document.querySelectorAll(BREADCRUMBS)]) {
    const parts = [...trail.querySelectorAll('a, li, span')]
      .filter((part) => !part.querySelector('a, li, span'))
      .map((part) => collapse(part.textContent ?? ''))
      .filter(Boolean);
    const section = breadcrumbSection(parts.join(' › '));
    if (section) return section;
  }
  return '';
}

/** The section a page files the story under: its `article:section`, its JSON-LD, its breadcrumb or category link. */
export function pageSection(document: Document, article: Record<string, unknown> | null): string {
  const found =
    metaContent(document, 'meta[property="article:section"]').find(Boolean) ||
    collapse(jsonLdText(article?.articleSection)) ||
    breadcrumb(document) ||
    collapse(document.querySelector('a[rel~="category"]')?.textContent ?? '');
  return found.length <= MAX_FIELD_LENGTH ? found : '';
}

/** The page's keywords: its JSON-LD's, else its `article:tag` and `keywords` metadata, each once. */
export function pageKeywords(document: Document, article: Record<string, unknown> | null): string[] {
  const fromJsonLd = article?.keywords;
  const listed = Array.isArray(fromJsonLd)
    ? fromJsonLd.filter((keyword): keyword is string => typeof keyword === 'string')
    : typeof fromJsonLd === 'string'
      ? fromJsonLd.split(',')
      : [
          ...metaContent(document, 'meta[property="article:tag"]'),
          ...metaContent(document, 'meta[name="keywords" i]').flatMap((content) => content.split(',')),
        ];
  const keywords = listed.map(collapse).filter((keyword) => keyword && keyword.length <= MAX_KEYWORD_LENGTH);
  return [...new Set(keywords)].slice(0, MAX_KEYWORDS);
}

/** The story's language: the JSON-LD's `inLanguage`, else the page's `lang`; '' when neither is a BCP 47 tag. */
export function pageLanguage(document: Document, article: Record<string, unknown> | null): string {
  const candidates = [jsonLdText(article?.inLanguage), document.documentElement?.getAttribute('lang') ?? ''];
  return candidates.map((tag) => tag.trim()).find((tag) => LANGUAGE_TAG.test(tag)) ?? '';
}
