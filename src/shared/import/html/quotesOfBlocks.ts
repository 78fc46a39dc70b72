import type { EditorNodeJson } from '../../story/editorDocument';
import type { QuoteEntry } from '../../story/story';
import { quoteBlock, quoteEntry } from '../quoteNodes';
import { findQuotes } from '../recognize/recognizeCopy';
import { inlineText } from './inlineText';
import { MAX_LISTED_QUOTES, withinQuoteLimits } from './quoteEntryLimits';

function entryOfQuoteBlock(block: EditorNodeJson): QuoteEntry {
  const [text, attribution] = block.content ?? [];
  const attrs = (attribution?.attrs ?? {}) as Record<string, string>;
  return {
    text: (text?.content ?? []).map(inlineText).join(' ').trim(),
    speaker: attrs.speaker ?? '',
    title: attrs.title ?? '',
    organization: attrs.organization ?? '',
    context: attrs.context ?? '',
    verb: '',
    standalone: true,
  };
}

/**
 * The story's quote list: each quote block, and each quote found inside a top-level paragraph, in story order.
 * With `makeQuoteBlocks`, a paragraph that is only a quote and its attribution becomes a quote block.
 */
export function quotesOfBlocks(
  blocks: EditorNodeJson[],
  { makeQuoteBlocks }: { makeQuoteBlocks: boolean },
): { blocks: EditorNodeJson[]; quotes: QuoteEntry[] } {
  const paragraphs = blocks.flatMap((block, at) => (block.type === 'paragraph' ? [{ block, at }] : []));
  const found = findQuotes(paragraphs.map(({ block }) => inlineText(block)));
  const byBlock = new Map<number, QuoteEntry[]>();
  const result = [...blocks];
  for (const quote of found) {
    const at = paragraphs[quote.paragraph]?.at;
    if (at === undefined) continue;
    const standalone = quote.standalone && makeQuoteBlocks;
    if (standalone) result[at] = quoteBlock(quote);
    byBlock.set(at, [...(byBlock.get(at) ?? []), { ...quoteEntry(quote), standalone }]);
  }
  const quotes = blocks
    .flatMap((block, at) => (block.type === 'quote' ? [entryOfQuoteBlock(block)] : (byBlock.get(at) ?? [])))
    .slice(0, MAX_LISTED_QUOTES)
    .map(withinQuoteLimits);
  return { blocks: result, quotes };
}
