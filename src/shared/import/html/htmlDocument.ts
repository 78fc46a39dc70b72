import { parseHTML } from 'linkedom';

/**
 * A DOM for HTML that works the same in main, in tests and in a browser. linkedom, not a browser parser:
 * main has no DOM, and linkedom never fetches, runs scripts or loads what a page points to.
 */
export function htmlDocument(html: string): Document {
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as Document;
}
