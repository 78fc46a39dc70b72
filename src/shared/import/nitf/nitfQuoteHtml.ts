import { escapeHtml } from '../../export/html/escapeHtml';
import { childrenNamed, localNameOf, attributeOf } from '../xml/xmlNames';
import { inlineHtmlOf } from './nitfInlineHtml';
import { quoteCreditFields } from './quoteCreditFields';

// A `block` holds paragraphs, or its words directly as some wires write it.
function quotedParagraphs(bq: Element): string {
  const blocks = childrenNamed(bq, 'block');
  const holders = blocks.length > 0 ? blocks : [bq];
  return holders
    .map((holder) => {
      const paragraphs = [...holder.children].filter((child) => localNameOf(child) === 'p');
      if (paragraphs.length === 0) return `<p>${inlineHtmlOf(holder)}</p>`;
      return paragraphs.map((paragraph) => `<p>${inlineHtmlOf(paragraph)}</p>`).join('');
    })
    .join('');
}

/**
 * NITF's block quote as the figure the body reader turns into a quote block: the quoted paragraphs, and
 * the credit's fields each in its own marked span, so none is guessed again from the joined line.
 */
export function nitfQuoteHtml(bq: Element): string {
  const credit = childrenNamed(bq, 'credit')[0] ?? null;
  const fields = quoteCreditFields(credit, (attributeOf(bq, 'quote-source') ?? '').trim());
  const pull = /\bpullquote\b/.test(attributeOf(bq, 'class') ?? '');
  const span = (name: string, value: string) => `<span class="${name}">${escapeHtml(value)}</span>`;
  const caption = [
    span('speaker', fields.speaker),
    span('speaker-title', fields.title),
    span('speaker-organization', fields.organization),
    span('quote-context', fields.context),
  ].join('');
  return `<figure class="${pull ? 'pullquote' : 'blockquote'}"><blockquote>${quotedParagraphs(bq)}</blockquote><figcaption>${caption}</figcaption></figure>`;
}
