import { Node, mergeAttributes } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { NodeSelection, Plugin } from '@tiptap/pm/state';
import { setNodeAttrs } from '../commands/setNodeAttrs';
import { textAttribute } from '../dataAttribute';
import { formatQuoteAttribution } from '../attribution/formatQuoteAttribution';
import { attributionPosition, quoteAround } from './quoteAround';

export interface QuoteAttributionOptions {
  HTMLAttributes: Record<string, unknown>;
}

export interface QuoteAttributionAttributes {
  speaker: string;
  title: string;
  organization: string;
  context: string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    quoteAttribution: {
      /** Changes who said a quote: the attribution at `position`, by default the quote's around the selection. */
      updateQuoteAttribution: (attrs: Partial<QuoteAttributionAttributes>, position?: number) => ReturnType;
    };
  }
}

function attributionSelected(state: EditorState): boolean {
  const { selection } = state;
  return selection instanceof NodeSelection && selection.node.type.name === 'quoteAttribution';
}

/**
 * Who said a quote, as data: exporters and style checks read the speaker, never loose text. Selectable, so
 * the arrow keys reach it, but never deleted or typed over on its own: a quote cannot exist without it.
 */
export const QuoteAttribution = Node.create<QuoteAttributionOptions>({
  name: 'quoteAttribution',
  atom: true,
  selectable: true,
  draggable: false,

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

  addCommands() {
    return {
      updateQuoteAttribution:
        (attrs, position) =>
        ({ tr, dispatch }) => {
          const quote = quoteAround(tr.selection);
          const at = position ?? (quote ? attributionPosition(quote) : undefined);
          if (at === undefined || tr.doc.nodeAt(at)?.type !== this.type) return false;
          if (dispatch) setNodeAttrs(tr, at, this.name, attrs);
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    const keep = () => attributionSelected(this.editor.state);
    return { Backspace: keep, Delete: keep };
  },

  addProseMirrorPlugins() {
    return [new Plugin({ props: { handleTextInput: (view) => attributionSelected(view.state) } })];
  },
});
