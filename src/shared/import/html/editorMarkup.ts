import type { CreditParts } from '../../editor/attribution/formatCredit';
import type { QuoteAttributionParts } from '../../editor/attribution/formatQuoteAttribution';
import { captionFields, captionTextFields } from './captionFields';
import { creditFields, isCreditLine } from './creditFields';

const ATTRIBUTION_LINE = /^\s*[—―]\s*\S/;

function setData(element: Element, fields: object): void {
  for (const [name, value] of Object.entries(fields))
    if (typeof value === 'string' && value !== '') element.setAttribute(`data-${name}`, value);
}

function quoteFigure(
  document: Document,
  quote: Element,
  display: string,
  fields: QuoteAttributionParts,
): Element {
  const figure = document.createElement('figure');
  figure.setAttribute('data-type', 'quote');
  figure.setAttribute('data-display', display);
  const text = document.createElement('blockquote');
  text.setAttribute('data-type', 'quote-text');
  text.append(...quote.childNodes);
  const caption = document.createElement('figcaption');
  caption.setAttribute('data-type', 'quote-attribution');
  setData(caption, fields);
  figure.append(text, caption);
  return figure;
}

/** A figure holding a blockquote, with or without a caption: how pages and Copydesk mark a quote up. */
function markFigures(root: Element): void {
  for (const figure of [...root.querySelectorAll('figure')]) {
    const quote = figure.querySelector('blockquote');
    if (!quote || figure.getAttribute('data-type') === 'quote') continue;
    const caption = figure.querySelector('figcaption');
    const fields = caption ? captionFields(caption) : captionTextFields('');
    const display = /pull/i.test(figure.getAttribute('class') ?? '') ? 'pullquote' : 'blockquote';
    figure.replaceWith(quoteFigure(root.ownerDocument, quote, display, fields));
  }
}

/** A bare blockquote: its last paragraph is the attribution when it opens with a dash ("— Jane Doe"). */
function markBlockquotes(root: Element): void {
  for (const quote of [...root.querySelectorAll('blockquote')]) {
    if (quote.getAttribute('data-type') === 'quote-text' || quote.parentElement?.closest('blockquote'))
      continue;
    const last = quote.lastElementChild;
    const attributed =
      last && last !== quote.firstElementChild && ATTRIBUTION_LINE.test(last.textContent ?? '');
    const fields = captionTextFields(attributed ? (last.textContent ?? '') : '');
    if (attributed) last.remove();
    quote.replaceWith(quoteFigure(root.ownerDocument, quote, 'blockquote', fields));
  }
}

// Pages also give a photo's credit ("AP Photo/Jane Doe") the class "credit": only a line that reads as a
// credit, or carries Copydesk's fields, becomes one; the rest stays a paragraph.
function markCredits(root: Element): void {
  const credits = [...root.querySelectorAll('p.credit')].filter(
    (paragraph) => paragraph.hasAttribute('data-names') || isCreditLine(paragraph.textContent ?? ''),
  );
  for (const paragraph of credits) {
    const fields: CreditParts = creditFields(paragraph);
    const credit = root.ownerDocument.createElement('p');
    credit.setAttribute('data-type', 'attribution');
    setData(credit, fields);
    paragraph.replaceWith(credit);
  }
}

function renameHeadings(root: Element): void {
  for (const heading of [...root.querySelectorAll('h1, h4, h5, h6')]) {
    const renamed = root.ownerDocument.createElement(heading.tagName === 'H1' ? 'h2' : 'h3');
    renamed.append(...heading.childNodes);
    heading.replaceWith(renamed);
  }
}

/**
 * Rewrites common article HTML, and Copydesk's own exported HTML, into the markup the story schema's
 * parse rules read: quotes as figures with their attribution fields, credit lines, two heading levels.
 */
export function editorMarkupOf(root: Element): void {
  markFigures(root);
  markBlockquotes(root);
  markCredits(root);
  renameHeadings(root);
}
