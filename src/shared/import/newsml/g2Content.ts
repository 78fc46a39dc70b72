import { escapeHtml } from '../../export/html/escapeHtml';
import { childAt, localNameOf, wordsOf, attributeOf } from '../xml/xmlNames';

/** The part of a news item's `contentSet` Copydesk reads: NITF, XHTML or plain text, whichever comes first. */
export type G2Content =
  { kind: 'nitf'; nitf: Element } | { kind: 'html'; html: string } | { kind: 'none'; unreadable: string[] };

function xhtmlOf(inline: Element): string | null {
  const html = [...inline.children].find((child) => localNameOf(child) === 'html');
  if (!html) return null;
  return (childAt(html, 'body') ?? html).innerHTML;
}

// Plain text carries its paragraphs as blank-line-separated runs of lines.
function textHtml(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('');
}

function contentOf(part: Element): G2Content | null {
  const name = localNameOf(part);
  const type = attributeOf(part, 'contenttype') ?? '';
  if (name === 'inlineXML') {
    const nitf = [...part.children].find((child) => localNameOf(child) === 'nitf');
    if (nitf) return { kind: 'nitf', nitf };
    const html = xhtmlOf(part);
    if (html !== null) return { kind: 'html', html };
  }
  if (name === 'inlineData' && /^text\/(plain|html)/.test(type))
    return {
      kind: 'html',
      html: type.startsWith('text/html') ? (part.textContent ?? '') : textHtml(part.textContent ?? ''),
    };
  return null;
}

function describe(part: Element): string {
  const type = attributeOf(part, 'contenttype') ?? 'of an unknown type';
  const where = attributeOf(part, 'href') ?? attributeOf(part, 'residref');
  return `${localNameOf(part) === 'remoteContent' ? 'Remote content' : 'Content'} ${type}${where ? ` at ${where}` : ''}`;
}

/** The first content of a news item's `contentSet` that holds a story's text; the others are listed. */
export function g2Content(item: Element): G2Content {
  const parts = [...(childAt(item, 'contentSet')?.children ?? [])];
  for (const part of parts) {
    const content = contentOf(part);
    if (content) return content;
  }
  return {
    kind: 'none',
    unreadable: parts.filter((part) => wordsOf(part) || part.hasAttribute('href')).map(describe),
  };
}
