// The quotation dash (U+2015): our exporter opens a pull quote's attribution with it, a blockquote's with
// an em dash, so the two read back apart while both look like the attribution line they are.
const PULLQUOTE_ATTRIBUTION = /^\s*\u2015\s*\S/;

/** Quotes whose attribution opens with the quotation dash, marked as the pull quotes they were written as. */
export function markPullquotes(root: Element): void {
  for (const quote of [...root.children].filter((element) => element.tagName === 'BLOCKQUOTE')) {
    const last = quote.lastElementChild;
    if (!last || last === quote.firstElementChild || !PULLQUOTE_ATTRIBUTION.test(last.textContent ?? ''))
      continue;
    const document = root.ownerDocument;
    const figure = document.createElement('figure');
    figure.setAttribute('class', 'pullquote');
    const caption = document.createElement('figcaption');
    caption.textContent = last.textContent ?? '';
    last.remove();
    quote.replaceWith(figure);
    figure.append(quote, caption);
  }
}
