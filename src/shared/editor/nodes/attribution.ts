import { Node, mergeAttributes } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { formatCredit } from '../attribution/formatCredit';
import { blockSlot } from '../commands/blockSlot';
import { askToFillFields } from '../commands/fillFields';
import { setNodeAttrs } from '../commands/setNodeAttrs';
import { choiceAttribute, textAttribute } from '../dataAttribute';
import { BLOCK_SHORTCUTS } from '../storyShortcuts';

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

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    attribution: {
      /** Adds a credit line on the empty line the cursor is on, or after the current block, and asks for its fields. */
      insertAttribution: (attrs?: Partial<AttributionAttributes>) => ReturnType;
      /** Changes the credit line at `position`, by default the selected one. */
      updateAttribution: (attrs: Partial<AttributionAttributes>, position?: number) => ReturnType;
    };
  }
}

/** A credit or sourcing line ("Reporting by … in Istanbul"), structured so wire formats can carry it. */
export const Attribution = Node.create<AttributionOptions>({
  name: 'attribution',
  group: 'block',
  atom: true,
  draggable: false,

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

  addCommands() {
    return {
      insertAttribution:
        (attrs) =>
        ({ tr, dispatch }) => {
          const slot = blockSlot(tr, this.type);
          if (!slot) return false;
          if (!dispatch) return true;
          tr.replaceWith(slot.from, slot.to, this.type.create(attrs));
          tr.setSelection(NodeSelection.create(tr.doc, slot.from)).scrollIntoView();
          askToFillFields(tr, slot.from);
          return true;
        },
      updateAttribution:
        (attrs, position) =>
        ({ tr, dispatch }) => {
          const at = position ?? (tr.selection instanceof NodeSelection ? tr.selection.from : undefined);
          if (at === undefined || tr.doc.nodeAt(at)?.type !== this.type) return false;
          if (dispatch) setNodeAttrs(tr, at, this.name, attrs);
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return { [BLOCK_SHORTCUTS.insertAttribution]: () => this.editor.commands.insertAttribution() };
  },
});
