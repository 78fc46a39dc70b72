import { Node, mergeAttributes } from '@tiptap/core';
import { textAttribute } from '../dataAttribute';
import { formatQuoteAttribution } from '../attribution/formatQuoteAttribution';

export interface QuoteAttributionOptions {
  HTMLAttributes: Record<string, unknown>;
}

export interface QuoteAttributionAttributes {
  speaker: string;
  title: string;
  organization: string;
  context: string;
}

/** Who said a quote, as data: exporters and style checks read the speaker, never loose text. */
export const QuoteAttribution = Node.create<QuoteAttributionOptions>({
  name: 'quoteAttribution',
  atom: true,
  selectable: false,

  addOptions() {
    return { HTMLAttributes: {} };
  },

  addAttributes() {
    return {
      speaker: textAttribute('speaker'),
      title: textAttribute('title'),
      organization: textAttribute('organization'),
      context: textAttribute('context'),
    };
  },

  parseHTML() {
    return [{ tag: 'figcaption[data-type="quote-attribution"]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const attributes = mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, {
      'data-type': 'quote-attribution',
    });
    return ['figcaption', attributes, formatQuoteAttribution(node.attrs as QuoteAttributionAttributes)];
  },
});
