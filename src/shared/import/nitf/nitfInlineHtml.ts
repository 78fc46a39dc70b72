import { escapeHtml } from '../../export/html/escapeHtml';
import { localNameOf, attributeOf } from '../xml/xmlNames';

// NITF's `em` names its marks in its class (Copydesk's exports, and wires that set bold apart from italic).
const EM_CLASSES: [RegExp, string][] = [
  [/\bbold\b/, 'strong'],
  [/\bitalic\b/, 'em'],
  [/\bunderline\b/, 'u'],
  [/\bstrike\b/, 's'],
];

function emHtml(element: Element, inner: string): string {
  const kind = attributeOf(element, 'class') ?? '';
  const tags = EM_CLASSES.filter(([pattern]) => pattern.test(kind)).map(([, tag]) => tag);
  const wrapped = tags.length > 0 ? tags : ['em'];
  return wrapped.reduceRight((html, tag) => `<${tag}>${html}</${tag}>`, inner);
}

/**
 * NITF enriched text as HTML the body reader understands: `em` as its marks, `a` as a link (the reader drops
 * an unsafe one), `br` as a line break, an inline quotation in quotation marks; the other enriched elements
 * (person, org, location, money…) only mark words up, so their words are kept as text.
 */
export function nitfInlineHtml(node: Node): string {
  if (node.nodeType === 3 || node.nodeType === 4) return escapeHtml(node.textContent ?? '');
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const inner = [...element.childNodes].map(nitfInlineHtml).join('');
  switch (localNameOf(element)) {
    case 'br':
      return '<br>';
    case 'em':
      return emHtml(element, inner);
    case 'a':
      return `<a href="${escapeHtml(attributeOf(element, 'href') ?? '')}">${inner}</a>`;
    case 'q':
      return `“${inner}”`;
    default:
      return inner;
  }
}

export const inlineHtmlOf = (element: Element): string =>
  [...element.childNodes].map(nitfInlineHtml).join('');
