import type { Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { NodeView, ViewMutationRecord } from '@tiptap/pm/view';
import { handleFieldKey } from './fieldKeys';
import type { FieldControl, FieldSpec } from './fieldRow';
import { buildFieldRow, showValues } from './fieldRow';

export interface FieldBlockConfig {
  tag: string;
  dataType: string;
  fields: readonly FieldSpec[];
  /** The block as it will read in print, shown above its fields. */
  preview: (attrs: Record<string, unknown>) => string;
  /** Dispatches one field's edit as a transaction on the block at `position`. */
  edit: (editor: Editor, attrs: Record<string, string>, position: number) => void;
  /** Where the caret goes back to when the writer leaves the fields: right after the block. */
  after: (editor: Editor, position: number, node: ProseMirrorNode) => number;
}

/**
 * An atom block drawn as its printed form over a row of fields, in plain DOM. It keeps the same elements
 * for its whole life, so typing in a field, which updates the node on every keystroke, never loses focus.
 */
export class FieldBlockView implements NodeView {
  readonly dom: HTMLElement;
  private readonly preview = document.createElement('span');
  private readonly fields: HTMLElement;
  private readonly controls: ReadonlyMap<string, FieldControl>;

  constructor(
    private node: ProseMirrorNode,
    private readonly editor: Editor,
    private readonly getPos: () => number | undefined,
    private readonly config: FieldBlockConfig,
  ) {
    this.dom = document.createElement(config.tag);
    this.dom.dataset.type = config.dataType;
    this.dom.className = 'field-block';
    this.preview.className = 'block-preview';
    const row = buildFieldRow(config.fields, (attribute, value) => this.edit(attribute, value));
    this.fields = row.element;
    this.controls = row.controls;
    this.fields.addEventListener('keydown', (event) => handleFieldKey(event, editor, () => this.after()));
    this.dom.append(this.preview, this.fields);
    this.render();
  }

  update(node: ProseMirrorNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.render();
    return true;
  }

  stopEvent(event: Event): boolean {
    return event.target instanceof Node && this.fields.contains(event.target);
  }

  ignoreMutation(mutation: ViewMutationRecord): boolean {
    return mutation.type !== 'selection' || this.fields.contains(mutation.target);
  }

  private render(): void {
    this.preview.textContent = this.config.preview(this.node.attrs);
    showValues(this.controls, this.node.attrs);
  }

  private edit(attribute: string, value: string): void {
    const position = this.getPos();
    if (position !== undefined) this.config.edit(this.editor, { [attribute]: value }, position);
  }

  private after(): number | undefined {
    const position = this.getPos();
    return position === undefined ? undefined : this.config.after(this.editor, position, this.node);
  }
}
