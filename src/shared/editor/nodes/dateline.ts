import { Node, mergeAttributes } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { askToFillFields } from '../commands/fillFields';
import { setNodeAttrs } from '../commands/setNodeAttrs';
import { textAttribute } from '../dataAttribute';
import { formatDateline } from '../dateline/formatDateline';
import { BLOCK_SHORTCUTS } from '../storyShortcuts';

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

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    dateline: {
      /** Adds the dateline at the top of the story, or selects the one already there, and asks for its fields. */
      insertDateline: (attrs?: Partial<DatelineAttributes>) => ReturnType;
      /** Changes fields of the story's dateline; false when it has none. */
      updateDateline: (attrs: Partial<DatelineAttributes>) => ReturnType;
    };
  }
}

/**
 * Where and when the story was filed. Structured, so every export can render it its own way. Not in the
 * `block` group: the story document alone places it, at most once and always first.
 */
export const Dateline = Node.create<DatelineOptions>({
  name: 'dateline',
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

  addCommands() {
    return {
      insertDateline:
        (attrs = {}) =>
        ({ tr, dispatch }) => {
          if (!dispatch) return true;
          if (tr.doc.firstChild?.type !== this.type) tr.insert(0, this.type.create(attrs));
          else if (Object.keys(attrs).length > 0) setNodeAttrs(tr, 0, this.name, attrs);
          tr.setSelection(NodeSelection.create(tr.doc, 0)).scrollIntoView();
          askToFillFields(tr, 0);
          return true;
        },
      updateDateline:
        (attrs) =>
        ({ tr, dispatch }) => {
          if (tr.doc.firstChild?.type !== this.type) return false;
          if (dispatch) setNodeAttrs(tr, 0, this.name, attrs);
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return { [BLOCK_SHORTCUTS.insertDateline]: () => this.editor.commands.insertDateline() };
  },
});
