import type { Transaction } from '@tiptap/pm/state';

const FILL_FIELDS = 'copydesk/fillFields';

/**
 * Marks the block at `position` as one whose fields the writer fills next. The schema stays pure: it only
 * names the block, and the editor's node views move the keyboard focus into its first field.
 */
export function askToFillFields(tr: Transaction, position: number): void {
  tr.setMeta(FILL_FIELDS, position);
}

export function fieldsToFill(tr: Transaction): number | null {
  const position: unknown = tr.getMeta(FILL_FIELDS);
  return typeof position === 'number' ? position : null;
}
