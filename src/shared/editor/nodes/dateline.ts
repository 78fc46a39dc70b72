import { Node, mergeAttributes } from '@tiptap/core';
import { textAttribute } from '../dataAttribute';
import { formatDateline } from '../dateline/formatDateline';

export interface DatelineOptions {
  HTMLAttributes: Record<string, unknown>;
}

export interface DatelineAttributes {
  city: string;
  region: string;
  /** ISO calendar date (YYYY-MM-DD) or empty. */
  date: string;
  source: string;
}

/** Where and when the story was filed. Structured, so every export can render it its own way. */
export const Dateline = Node.create<DatelineOptions>({
  name: 'dateline',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,

  addOptions() {
    return { HTMLAttributes: {} };
  },

  addAttributes() {
    return {
      city: textAttribute('city'),
      region: textAttribute('region'),
      date: textAttribute('date'),
      source: textAttribute('source'),
    };
  },

  parseHTML() {
    // Above the paragraph's plain `p` rule, which would otherwise claim the element first.
    return [{ tag: 'p[data-type="dateline"]', priority: 60 }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const attributes = mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, {
      'data-type': 'dateline',
    });
    return ['p', attributes, formatDateline(node.attrs as DatelineAttributes)];
  },
});
