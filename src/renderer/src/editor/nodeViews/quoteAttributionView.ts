import type { NodeViewRenderer } from '@tiptap/core';
import { formatQuoteAttribution } from '@shared/editor/attribution/formatQuoteAttribution';
import type { QuoteAttributionAttributes } from '@shared/editor/nodes/quoteAttribution';
import { QuoteAttribution } from '@shared/editor/nodes/quoteAttribution';
import type { FieldBlockConfig } from './FieldBlockView';
import { FieldBlockView } from './FieldBlockView';

const CONFIG: FieldBlockConfig = {
  tag: 'figcaption',
  dataType: 'quote-attribution',
  fields: [
    { attribute: 'speaker', label: 'Speaker' },
    { attribute: 'title', label: 'Title' },
    { attribute: 'organization', label: 'Organization' },
    { attribute: 'context', label: 'Context' },
  ],
  preview: (attrs) => formatQuoteAttribution(attrs as unknown as QuoteAttributionAttributes),
  edit: (editor, attrs, position) => editor.commands.updateQuoteAttribution(attrs, position),
  // The attribution ends its quote, so the story resumes after the quote.
  after: (editor, position) => editor.state.doc.resolve(position).after(),
};

const renderer: NodeViewRenderer = ({ node, editor, getPos }) =>
  new FieldBlockView(node, editor, getPos, CONFIG);

/** Who said a quote, edited in place: `Speaker`, `Title`, `Organization`, `Context`. */
export const QuoteAttributionWithView = QuoteAttribution.extend({
  addNodeView: () => renderer,
});
