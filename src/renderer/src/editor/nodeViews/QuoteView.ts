import type { Editor, NodeViewRenderer } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { NodeView, ViewMutationRecord } from '@tiptap/pm/view';
import { Quote } from '@shared/editor/nodes/quote';
import { handleFieldKey } from './fieldKeys';

/**
 * A quote with its `Pull quote` toggle. Plain DOM, for the same reason as its attribution's fields: a story
 * may have a hundred quotes. Updating in place keeps its words and attribution drawn, and the toggle focused.
 */
export class QuoteView implements NodeView {
  readonly dom = document.createElement('figure');
  readonly contentDOM = document.createElement('div');
  private readonly controls = document.createElement('div');
  private readonly pullQuote = document.createElement('button');

  constructor(
    private node: ProseMirrorNode,
    editor: Editor,
    getPos: () => number | undefined,
  ) {
    this.dom.dataset.type = 'quote';
    this.contentDOM.className = 'quote-content';
    this.controls.className = 'block-controls';
    this.controls.contentEditable = 'false';
    this.pullQuote.type = 'button';
    this.pullQuote.tabIndex = -1;
    this.pullQuote.className = 'pull-quote-toggle';
    this.pullQuote.textContent = 'Pull quote';
    this.pullQuote.addEventListener('click', () => {
      const position = getPos();
      const display = this.node.attrs.display === 'pullquote' ? 'blockquote' : 'pullquote';
      if (position !== undefined) editor.commands.setQuoteDisplay(display, position);
    });
    this.controls.addEventListener('keydown', (event) =>
      handleFieldKey(event, editor, () => {
        const position = getPos();
        return position === undefined ? undefined : position + this.node.nodeSize;
      }),
    );
    this.controls.append(this.pullQuote);
    this.dom.append(this.contentDOM, this.controls);
    this.render();
  }

  update(node: ProseMirrorNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.render();
    return true;
  }

  stopEvent(event: Event): boolean {
    return event.target instanceof Node && this.controls.contains(event.target);
  }

  ignoreMutation(mutation: ViewMutationRecord): boolean {
    if (this.controls.contains(mutation.target)) return true;
    return mutation.type !== 'selection' && !this.contentDOM.contains(mutation.target);
  }

  private render(): void {
    const display = String(this.node.attrs.display);
    this.dom.dataset.display = display;
    this.pullQuote.setAttribute('aria-pressed', String(display === 'pullquote'));
  }
}

const renderer: NodeViewRenderer = ({ node, editor, getPos }) => new QuoteView(node, editor, getPos);

export const QuoteWithView = Quote.extend({
  addNodeView: () => renderer,
});
