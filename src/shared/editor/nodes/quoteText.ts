import { Node, mergeAttributes } from '@tiptap/core';

export interface QuoteTextOptions {
  HTMLAttributes: Record<string, unknown>;
}

/** The quoted words of a quote block: the quote's one editable content hole. */
export const QuoteText = Node.create<QuoteTextOptions>({
  name: 'quoteText',
  content: 'paragraph+',
  defining: true,

  addOptions() {
    return { HTMLAttributes: {} };
  },

  parseHTML() {
    return [{ tag: 'blockquote[data-type="quote-text"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'blockquote',
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { 'data-type': 'quote-text' }),
      0,
    ];
  },
});
