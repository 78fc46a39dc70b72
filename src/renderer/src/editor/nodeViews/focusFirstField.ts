/** Moves the keyboard into a block's first field; false when the block has not drawn its fields yet. */
export function focusFirstField(block: Node | null | undefined): boolean {
  if (!(block instanceof Element)) return false;
  const field = block.querySelector<HTMLElement>('input, select');
  field?.focus();
  return field !== null;
}
