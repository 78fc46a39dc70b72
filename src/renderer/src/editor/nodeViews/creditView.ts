import type { NodeViewRenderer } from '@tiptap/core';
import { formatCredit } from '@shared/editor/attribution/formatCredit';
import type { AttributionAttributes, CreditKind } from '@shared/editor/nodes/attribution';
import { Attribution, CREDIT_KINDS } from '@shared/editor/nodes/attribution';
import type { FieldBlockConfig } from './FieldBlockView';
import { FieldBlockView } from './FieldBlockView';

const KIND_LABELS: Record<CreditKind, string> = {
  reporting: 'Reporting',
  'additional-reporting': 'Additional reporting',
  editing: 'Editing',
  source: 'Source',
  photo: 'Photo',
};

const CONFIG: FieldBlockConfig = {
  tag: 'div',
  dataType: 'attribution',
  fields: [
    {
      attribute: 'kind',
      label: 'Credit type',
      choices: CREDIT_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] })),
    },
    { attribute: 'names', label: 'Names' },
    { attribute: 'organization', label: 'Credit organization' },
    { attribute: 'place', label: 'Place' },
  ],
  preview: (attrs) => formatCredit(attrs as unknown as AttributionAttributes),
  edit: (editor, attrs, position) => editor.commands.updateAttribution(attrs, position),
  after: (_editor, position, node) => position + node.nodeSize,
};

const renderer: NodeViewRenderer = ({ node, editor, getPos }) =>
  new FieldBlockView(node, editor, getPos, CONFIG);

/** A credit line edited in place: `Credit type`, `Names`, `Credit organization`, `Place`. */
export const AttributionWithView = Attribution.extend({
  addNodeView: () => renderer,
});
