import { Node, mergeAttributes } from '@tiptap/core';
import { askToFillFields } from '../commands/fillFields';
import { setNodeAttrs } from '../commands/setNodeAttrs';
import { replaceWithBlock, textToWrap } from '../commands/textToWrap';
import { choiceAttribute } from '../dataAttribute';
import { BLOCK_SHORTCUTS } from '../storyShortcuts';
import { attributionPosition, quoteAround } from './quoteAround';
import type { QuoteAttributionAttributes } from './quoteAttribution';

export const QUOTE_DISPLAYS = ['blockquote', 'pullquote'] as const;
export type QuoteDisplay = (typeof QUOTE_DISPLAYS)[number];

export interface QuoteOptions {
  HTMLAttributes: Record<string, unknown>;
}

export interface InsertQuoteOptions {
  display?: QuoteDisplay;
  attribution?: Partial<QuoteAttributionAttributes>;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    quote: {
      /**
       * Turns the selected paragraphs into a quote's words and asks for its attribution; on an empty line,
       * starts an empty quote. False where a quote cannot go, as inside a list or another quote.
       */
      insertQuote: (options?: InsertQuoteOptions) => ReturnType;
      /** Shows the quote at `position` (by default the one around the selection) as a block or pull quote. */
      setQuoteDisplay: (display: QuoteDisplay, position?: number) => ReturnType;
    };
  }
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

  addCommands() {
    return {
      insertQuote:
        ({ display, attribution } = {}) =>
        ({ tr, dispatch }) => {
          const target = textToWrap(tr, this.type);
          if (!target) return false;
          if (!dispatch) return true;
          const { quoteText, quoteAttribution } = this.type.schema.nodes;
          const words = quoteText!.create(null, target.paragraphs);
          const quote = this.type.create({ display }, [words, quoteAttribution!.create(attribution)]);
          replaceWithBlock(tr, target, quote);
          // Words taken from the story need a speaker next; an empty quote needs its words first.
          if (words.textContent.trim()) {
            askToFillFields(tr, attributionPosition({ position: target.from, node: quote }));
          }
          return true;
        },
      setQuoteDisplay:
        (display, position) =>
        ({ tr, dispatch }) => {
          const at = position ?? quoteAround(tr.selection)?.position;
          if (at === undefined || tr.doc.nodeAt(at)?.type !== this.type) return false;
          if (dispatch) setNodeAttrs(tr, at, this.name, { display });
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return { [BLOCK_SHORTCUTS.insertQuote]: () => this.editor.commands.insertQuote() };
  },
});
