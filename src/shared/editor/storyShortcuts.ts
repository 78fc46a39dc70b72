/**
 * The block shortcuts, in ProseMirror's key notation. Kept apart from the nodes so the toolbar can show the
 * same keys the nodes bind. Mod-Alt-l, not Mod-Alt-d, for the dateline: macOS keeps Option-Command-D to
 * show and hide the Dock, so the app would never see it.
 */
export const BLOCK_SHORTCUTS = {
  insertDateline: 'Mod-Alt-l',
  insertQuote: 'Mod-Alt-q',
  insertAttribution: 'Mod-Alt-a',
  insertEditorNote: 'Mod-Alt-n',
} as const;
