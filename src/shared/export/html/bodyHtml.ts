import type { CreditBlock, ExportBlock, ExportStory, QuoteBlock } from '../model/exportStory';
import { ledeIndex, withoutBlankBlocks } from '../text/blankBlocks';
import { isBlankText } from '../model/publishableText';
import { escapeHtml } from './escapeHtml';
import { inlineHtml } from './inlineHtml';

// The fields ride along as data attributes, so an import of the page gets them back exactly.
function dataAttributes(fields: Record<string, string>): string {
  return Object.entries(fields)
    .filter(([name, value]) => name !== 'line' && value !== '')
    .map(([name, value]) => ` data-${name}="${escapeHtml(value)}"`)
    .join('');
}

function datelineHtml(dateline: NonNullable<ExportStory['dateline']>): string {
  return `<span class="dateline"${dataAttributes({ ...dateline })}>${escapeHtml(dateline.line)}</span>`;
}

const CAPTION_CLASSES = {
  speaker: 'speaker',
  title: 'speaker-title',
  organization: 'speaker-organization',
  context: 'quote-context',
} as const;

// A person is not a work, so the speaker is a plain span in the caption, not a <cite>.
function captionHtml({ attribution }: QuoteBlock): string {
  const parts = (Object.keys(CAPTION_CLASSES) as (keyof typeof CAPTION_CLASSES)[])
    .filter((field) => !isBlankText(attribution[field]))
    .map((field) => `<span class="${CAPTION_CLASSES[field]}">${escapeHtml(attribution[field])}</span>`);
  return parts.length > 0 ? `<figcaption>— ${parts.join(', ')}</figcaption>` : '';
}

function creditHtml({ credit }: CreditBlock): string {
  return credit.line
    ? `<p class="credit"${dataAttributes({ ...credit })}>${escapeHtml(credit.line)}</p>`
    : '';
}

function quoteHtml(quote: QuoteBlock): string {
  const paragraphs = quote.paragraphs.map((inlines) => `<p>${inlineHtml(inlines)}</p>`).join('');
  return `<figure class="${quote.display}"><blockquote>${paragraphs}</blockquote>${captionHtml(quote)}</figure>`;
}

function blockHtml(block: ExportBlock, lede: string): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${lede}${inlineHtml(block.inlines)}</p>`;
    case 'heading':
      return `<h${block.level}>${inlineHtml(block.inlines)}</h${block.level}>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const start =
        block.ordered && Number.isInteger(block.start) && block.start !== 1 ? ` start="${block.start}"` : '';
      const items = block.items.map(
        (item) => `<li>${item.map((child) => blockHtml(child, '')).join('')}</li>`,
      );
      return `<${tag}${start}>${items.join('')}</${tag}>`;
    }
    case 'quote':
      return quoteHtml(block);
    case 'credit':
      return creditHtml(block);
    case 'rule':
      return '<hr>';
  }
}

/**
 * The story's body as HTML, one block per line: the dateline opens the first paragraph with words in it
 * (the lede), quotes are figures with the speaker in the caption, credits are paragraphs of class
 * "credit" where the writer put them. Shared by the HTML page, the fragment and ninjs, so they never
 * disagree.
 */
export function bodyHtml(story: ExportStory): string {
  const blocks = withoutBlankBlocks(story.blocks);
  const ledeAt = ledeIndex(blocks);
  const dateline = story.dateline ? `${datelineHtml(story.dateline)} ` : '';
  const lines = blocks.map((block, at) => blockHtml(block, at === ledeAt ? dateline : ''));
  if (ledeAt < 0 && story.dateline) lines.unshift(`<p>${datelineHtml(story.dateline)}</p>`);
  return lines.filter(Boolean).join('\n');
}
