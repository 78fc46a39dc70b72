import { Node, mergeAttributes } from '@tiptap/core';
import { choiceAttribute } from '../dataAttribute';

export const QUOTE_DISPLAYS = ['blockquote', 'pullquote'] as const;
export type QuoteDisplay = (typeof QUOTE_DISPLAYS)[number];

export interface QuoteOptions {
  HTMLAttributes: Record<string, unknown>;
}

/** A direct quote: its words and the required attribution of who said them, as two children. */
export const Quote = Node.create<QuoteOptions>({
  name: 'quote',
  group: 'block',
  content: 'quoteText quoteAttribution',
  defining: true,
  isolating: true,

  addOptions() {
    return { HTMLAttributes: {} };
  },

  addAttributes() {
    return { display: choiceAttribute('display', QUOTE_DISPLAYS, 'blockquote') };
  },

  parseHTML() {
    return [{ tag: 'figure[data-type="quote"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'figure',
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { 'data-type': 'quote' }),
      0,
    ];
  },
});
