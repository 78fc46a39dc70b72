export const LINK_SHORTCUT = 'Mod-k';

/** Ctrl+K, or Cmd+K on a Mac: the link shortcut word processors share. */
export function isLinkShortcut(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k'
  );
}
