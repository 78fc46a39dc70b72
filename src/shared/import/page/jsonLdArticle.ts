const ARTICLE_TYPE = /Article$|^BlogPosting$|^Report$/;

function isArticle(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as Record<string, unknown>)['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((name) => typeof name === 'string' && ARTICLE_TYPE.test(name));
}

function candidates(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(candidates);
  if (typeof value !== 'object' || value === null) return [];
  const graph = (value as Record<string, unknown>)['@graph'];
  return [value, ...(Array.isArray(graph) ? graph.flatMap(candidates) : [])];
}

/** The page's schema.org article (NewsArticle, Article, BlogPosting…) from its JSON-LD, or null. */
export function jsonLdArticle(document: Document): Record<string, unknown> | null {
  for (const script of [...document.querySelectorAll('script[type="application/ld+json"]')]) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const article = candidates(parsed).find(isArticle);
    if (article) return article;
  }
  return null;
}

/** A JSON-LD value as text: a string as it is, the first string of a list, else ''. */
export function jsonLdText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return jsonLdText(value.find((item) => typeof item === 'string'));
  return '';
}
