import { describe, expect, it } from 'vitest';
import { htmlDocument } from '@shared/import/html/htmlDocument';
import { jsonLdArticle } from '@shared/import/page/jsonLdArticle';
import { pageKeywords, pageLanguage, pageSection } from '@shared/import/page/pageMetadata';

const page = (head: string, body = '') =>
  htmlDocument(`<!doctype html><html lang="de"><head>${head}</head><body>${body}</body></html>`);

describe('page metadata', () => {
  it('reads a JSON-LD article inside an @graph', () => {
    const document = page(
      '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"articleSection":["World","Europe"],"keywords":"Ukraine, Russia","inLanguage":"en-GB"}]}</script><script type="application/ld+json">{broken</script>',
    );
    const article = jsonLdArticle(document);
    expect(pageSection(document, article)).toBe('World');
    expect(pageKeywords(document, article)).toEqual(['Ukraine', 'Russia']);
    expect(pageLanguage(document, article)).toBe('en-GB');
  });

  it('falls back on meta tags, breadcrumbs and the page’s lang', () => {
    const document = page(
      '<meta property="article:tag" content="Ukraine"><meta name="keywords" content="Ukraine, peace talks">',
      '<nav aria-label="Breadcrumb"><ol><li><a>Home</a></li><li><a>World</a></li><li><a>Europe</a></li></ol></nav>',
    );
    expect(pageSection(document, null)).toBe('Europe');
    expect(pageKeywords(document, null)).toEqual(['Ukraine', 'peace talks']);
    expect(pageLanguage(document, null)).toBe('de');
  });

  it('prefers the article:section meta tag', () => {
    expect(pageSection(page('<meta property="article:section" content="Politics">'), null)).toBe('Politics');
  });
});
