import type { BrowserWindow, Dialog } from 'electron';

/** The system's folder picker, attached to the window that asked, so it opens as that window's sheet. */
export function chooseFolderWith(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  focusedWindow: () => BrowserWindow | null,
): () => Promise<string | null> {
  return async () => {
    const options = {
      title: 'Export to folder',
      buttonLabel: 'Export here',
      properties: ['openDirectory' as const, 'createDirectory' as const],
    };
    const window = focusedWindow();
    const { canceled, filePaths } = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return canceled ? null : (filePaths[0] ?? null);
  };
}
