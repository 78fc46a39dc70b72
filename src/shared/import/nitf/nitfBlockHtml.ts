import { escapeHtml } from '../../export/html/escapeHtml';
import { localNameOf, wordsOf, attributeOf } from '../xml/xmlNames';
import { inlineHtmlOf } from './nitfInlineHtml';
import { nitfQuoteHtml } from './nitfQuoteHtml';

export interface BlockReading {
  unreadable: string[];
  dropped: { text: string; reason: string }[];
}

const MEDIA_KINDS: Record<string, string> = {
  image: 'Picture',
  photo: 'Picture',
  video: 'Video',
  audio: 'Audio',
};

function mediaLabel(media: Element): string {
  const kind = MEDIA_KINDS[(attributeOf(media, 'media-type') ?? '').toLowerCase()] ?? 'Media';
  const caption = [...media.children].find((child) => localNameOf(child) === 'media-caption');
  const words = wordsOf(caption);
  return words ? `${kind}: “${words}”` : kind;
}

function listItemHtml(item: Element, reading: BlockReading): string {
  const blocky = [...item.children].some((child) => BLOCKS.has(localNameOf(child)));
  return `<li>${blocky ? blocksHtml(item, reading).join('') : `<p>${inlineHtmlOf(item)}</p>`}</li>`;
}

function listHtml(list: Element, reading: BlockReading, tag: 'ul' | 'ol'): string {
  const start = Number(attributeOf(list, 'seqnum'));
  const attribute = tag === 'ol' && Number.isInteger(start) && start > 1 ? ` start="${start}"` : '';
  const items = [...list.children].filter((child) => localNameOf(child) === 'li');
  return `<${tag}${attribute}>${items.map((item) => listItemHtml(item, reading)).join('')}</${tag}>`;
}

function tableHtml(table: Element): string {
  const rows = [...table.querySelectorAll('*')].filter((element) => localNameOf(element) === 'tr');
  const cells = (row: Element) =>
    [...row.children]
      .filter((cell) => ['td', 'th'].includes(localNameOf(cell)))
      .map((cell) => `<td>${escapeHtml(wordsOf(cell))}</td>`)
      .join('');
  return `<table>${rows.map((row) => `<tr>${cells(row)}</tr>`).join('')}</table>`;
}

function definitionsHtml(list: Element): string {
  return [...list.children].map((term) => `<p>${inlineHtmlOf(term)}</p>`).join('');
}

function blockHtml(element: Element, reading: BlockReading): string | null {
  switch (localNameOf(element)) {
    case 'p':
      return `<p>${inlineHtmlOf(element)}</p>`;
    case 'hl2': {
      const level = /\bh3\b/.test(attributeOf(element, 'class') ?? '') ? 3 : 2;
      return `<h${level}>${inlineHtmlOf(element)}</h${level}>`;
    }
    case 'ul':
    case 'ol':
      return listHtml(element, reading, localNameOf(element) as 'ul' | 'ol');
    case 'bq':
      return nitfQuoteHtml(element);
    case 'hr':
      return '<hr>';
    case 'block':
      return blocksHtml(element, reading).join('');
    case 'dl':
      return definitionsHtml(element);
    case 'table':
    case 'nitf-table':
      return tableHtml(element);
    case 'media':
      reading.unreadable.push(mediaLabel(element));
      return null;
    case 'fn':
    case 'note':
      reading.dropped.push({
        text: wordsOf(element),
        reason: `a NITF ${localNameOf(element)}, not part of the story’s text`,
      });
      return null;
    default: {
      const words = wordsOf(element);
      if (words)
        reading.unreadable.push(`An unknown element <${localNameOf(element)}>: “${words.slice(0, 80)}”`);
      return null;
    }
  }
}

const BLOCKS = new Set([
  'p',
  'hl2',
  'ul',
  'ol',
  'bq',
  'hr',
  'block',
  'dl',
  'table',
  'nitf-table',
  'media',
  'fn',
  'note',
]);

/**
 * NITF block content as HTML the body reader understands, in order: paragraphs, subheads (`hl2`, the
 * smaller ones classed "h3"), lists, block quotes, rules; tables become paragraphs of their rows; pictures
 * and other media are listed as unreadable, notes as dropped; words loose between blocks are kept.
 */
export function blocksHtml(parent: Element, reading: BlockReading): string[] {
  const html: string[] = [];
  for (const node of [...parent.childNodes]) {
    if (node.nodeType === 1) {
      const made = blockHtml(node as Element, reading);
      if (made !== null) html.push(made);
    } else if ((node.nodeType === 3 || node.nodeType === 4) && (node.textContent ?? '').trim())
      html.push(`<p>${escapeHtml(node.textContent ?? '')}</p>`);
  }
  return html;
}
