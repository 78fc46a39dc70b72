import { Node, mergeAttributes } from '@tiptap/core';
import { choiceAttribute, textAttribute } from '../dataAttribute';
import { formatCredit } from '../attribution/formatCredit';

export const CREDIT_KINDS = ['reporting', 'additional-reporting', 'editing', 'source', 'photo'] as const;
export type CreditKind = (typeof CREDIT_KINDS)[number];

export interface AttributionOptions {
  HTMLAttributes: Record<string, unknown>;
}

export interface AttributionAttributes {
  kind: CreditKind;
  /** Names as the writer typed them, separated by commas or "and". */
  names: string;
  organization: string;
  place: string;
}

/** A credit or sourcing line ("Reporting by … in Istanbul"), structured so wire formats can carry it. */
export const Attribution = Node.create<AttributionOptions>({
  name: 'attribution',
  group: 'block',
  atom: true,

  addOptions() {
    return { HTMLAttributes: {} };
  },

  addAttributes() {
    return {
      kind: choiceAttribute('kind', CREDIT_KINDS, 'reporting'),
      names: textAttribute('names'),
      organization: textAttribute('organization'),
      place: textAttribute('place'),
    };
  },

  parseHTML() {
    // Above the paragraph's plain `p` rule, which would otherwise claim the element first.
    return [{ tag: 'p[data-type="attribution"]', priority: 60 }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const attributes = mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, {
      'data-type': 'attribution',
    });
    return ['p', attributes, formatCredit(node.attrs as AttributionAttributes)];
  },
});
