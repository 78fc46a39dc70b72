import type { Editor } from '@tiptap/core';
import { returnToBody } from './returnToBody';

const FIELDS = 'input:not(:disabled), select:not(:disabled), button:not(:disabled)';

/** The fields of the block `field` belongs to: a quote's attribution fields and its toggle count as one block. */
function fieldsOfBlock(field: Element): HTMLElement[] {
  const block = field.closest('figure[data-type="quote"]') ?? field.closest('.field-block');
  return block ? [...block.querySelectorAll<HTMLElement>(FIELDS)] : [];
}

/**
 * Tab moves between a block's fields by hand because they are kept out of the page's tab order: otherwise
 * tabbing out of a story with a hundred quotes would take five hundred presses. Past either end, the
 * browser's own Tab takes over.
 */
function moveBetweenFields(event: KeyboardEvent): void {
  if (!(event.target instanceof HTMLElement)) return;
  const fields = fieldsOfBlock(event.target);
  const next = fields[fields.indexOf(event.target) + (event.shiftKey ? -1 : 1)];
  if (!next) return;
  event.preventDefault();
  next.focus();
}

/**
 * The keys a block's fields take over from the browser. Enter and Escape go back to the story after the
 * block (Enter on a button still presses it); undo and redo act on the story's one history, so a field edit
 * undoes like any other. `after` is the position right after the block, or undefined once it is gone.
 */
export function handleFieldKey(event: KeyboardEvent, editor: Editor, after: () => number | undefined): void {
  if (event.isComposing) return;
  const command = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (command && !event.altKey && (key === 'z' || key === 'y')) {
    event.preventDefault();
    if (key === 'z' && !event.shiftKey) editor.commands.undo();
    else editor.commands.redo();
    return;
  }
  if (event.key === 'Tab' && !command && !event.altKey) {
    moveBetweenFields(event);
    return;
  }
  const leaves =
    event.key === 'Escape' || (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement));
  if (leaves && !command && !event.shiftKey && !event.altKey) {
    event.preventDefault();
    const position = after();
    if (position !== undefined) returnToBody(editor, position);
  }
}
