import type { BrowserWindow, Dialog } from 'electron';
import { IMPORT_FORMATS } from '@shared/import/importRegistry';

/** The system's open dialog for stories to import, several at once, offering the formats Copydesk reads. */
export function chooseImportFilesWith(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  focusedWindow: () => BrowserWindow | null,
): () => Promise<string[]> {
  return async () => {
    const extensions = [...new Set(IMPORT_FORMATS.flatMap((format) => format.extensions))];
    const options = {
      title: 'Import stories',
      buttonLabel: 'Import',
      properties: ['openFile' as const, 'multiSelections' as const],
      filters: [
        { name: 'Stories', extensions: extensions.map((extension) => extension.slice(1)) },
        { name: 'All files', extensions: ['*'] },
      ],
    };
    const window = focusedWindow();
    const { canceled, filePaths } = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return canceled ? [] : filePaths;
  };
}
