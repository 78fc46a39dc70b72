const QUOTE_KINDS = ['quote', 'pullquote'] as const;
// Word's Quote style with the speaker on its last line: "— Jane Doe, Reuters".
const ATTRIBUTION_LINE = /^\s*[—―–]\s*\S/;

const kindOf = (element: Element | null) =>
  element?.tagName === 'P' ? QUOTE_KINDS.find((kind) => element.classList.contains(kind)) : undefined;

const isAttribution = (element: Element | null): element is Element =>
  element?.tagName === 'P' && element.classList.contains('quote-attribution');

function figureOf(paragraphs: Element[], kind: string, attribution: Element | null): Element {
  const document = paragraphs[0]!.ownerDocument;
  const figure = document.createElement('figure');
  figure.className = kind === 'pullquote' ? 'pullquote' : 'blockquote';
  const quote = document.createElement('blockquote');
  for (const paragraph of paragraphs) {
    const plain = document.createElement('p');
    plain.append(...paragraph.childNodes);
    quote.append(plain);
  }
  figure.append(quote);
  if (attribution) {
    const caption = document.createElement('figcaption');
    caption.append(...attribution.childNodes);
    figure.append(caption);
  }
  return figure;
}

/**
 * Groups each run of Quote (or Intense Quote) paragraphs, and the Quote Attribution paragraph after it, into
 * one `figure.blockquote|pullquote` with its caption, as readBodyHtml reads a quote. Without an attribution
 * paragraph, a last line opening with a dash is the attribution, as writers set it in Word's Quote style.
 * An attribution with no quote above it stays a paragraph.
 */
export function groupQuoteFigures(root: Element): void {
  for (let element = root.firstElementChild; element;) {
    const kind = kindOf(element);
    if (!kind) {
      if (isAttribution(element)) element.removeAttribute('class');
      element = element.nextElementSibling;
      continue;
    }
    const paragraphs: Element[] = [];
    let next: Element | null = element;
    for (; kindOf(next) === kind; next = next!.nextElementSibling) paragraphs.push(next!);
    let attribution: Element | null = null;
    if (isAttribution(next)) {
      attribution = next;
      next = next.nextElementSibling;
    } else if (paragraphs.length > 1 && ATTRIBUTION_LINE.test(paragraphs.at(-1)!.textContent ?? '')) {
      attribution = paragraphs.pop()!;
    }
    const figure = figureOf(paragraphs, kind, attribution);
    element.before(figure);
    for (const used of [...paragraphs, ...(attribution ? [attribution] : [])]) used.remove();
    element = next;
  }
}
