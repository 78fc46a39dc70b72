import type { ExportBlock, ExportStory, QuoteBlock } from '../model/exportStory';
import { ledeIndex, withoutBlankBlocks } from '../text/blankBlocks';
import { isBlankText } from '../model/publishableText';
import { escapeHtml } from './escapeHtml';
import { inlineHtml } from './inlineHtml';

function datelineHtml(line: string): string {
  return `<span class="dateline">${escapeHtml(line)}</span>`;
}

// A person is not a work, so the speaker is a plain span in the caption, not a <cite>.
function captionHtml({ attribution }: QuoteBlock): string {
  const { speaker, title, organization, context } = attribution;
  const parts = [
    isBlankText(speaker) ? '' : `<span class="speaker">${escapeHtml(speaker)}</span>`,
    ...[title, organization, context].map(escapeHtml),
  ].filter(Boolean);
  return parts.length > 0 ? `<figcaption>— ${parts.join(', ')}</figcaption>` : '';
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
      return block.credit.line ? `<p class="credit">${escapeHtml(block.credit.line)}</p>` : '';
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
  const dateline = story.dateline ? `${datelineHtml(story.dateline.line)} ` : '';
  const lines = blocks.map((block, at) => blockHtml(block, at === ledeAt ? dateline : ''));
  if (ledeAt < 0 && story.dateline) lines.unshift(`<p>${datelineHtml(story.dateline.line)}</p>`);
  return lines.filter(Boolean).join('\n');
}
