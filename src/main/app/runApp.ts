import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, session, utilityProcess } from 'electron';
import { MENU_COMMAND_CHANNEL } from '@shared/contract/menuCommands';
import { registerIpcHandlers } from '../ipc/registerIpcHandlers';
import { exportResources } from '../export/exportResources';
import { startLibraryService } from '../startLibraryService';
import { appMenuTemplate } from './appMenu';
import { chooseFolderWith } from './chooseFolderWith';
import { chooseImportFilesWith } from './chooseImportFilesWith';
import { createMainWindow } from '../window/createMainWindow';
import { lockDownSession } from '../window/lockDownSession';
import { rendererLocation } from '../window/rendererLocation';
import { SEARCH_WORKER_SCRIPT } from '../search/runner/defaultRunner';
import { closeOnQuit } from './closeOnQuit';
import { searchProcessRunner } from './searchProcessRunner';

function focus(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.focus();
}

export async function runApp(mainDir: string): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('window-all-closed', () => app.quit());
  await app.whenReady();

  const devServerUrl = process.env.ELECTRON_RENDERER_URL;
  lockDownSession(session.defaultSession, !devServerUrl);
  const location = rendererLocation(mainDir, devServerUrl);
  const libraryDir = join(app.getPath('userData'), 'library');
  const cannotOpen = (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox('Copydesk cannot open its library', `${libraryDir}\n\n${reason}`);
    app.exit(1);
  };
  let service: Awaited<ReturnType<typeof startLibraryService>>;
  try {
    service = await startLibraryService(
      libraryDir,
      undefined,
      {
        chooseFolder: chooseFolderWith(dialog, () => BrowserWindow.getFocusedWindow()),
        chooseImportFiles: chooseImportFilesWith(dialog, () => BrowserWindow.getFocusedWindow()),
        resources: exportResources(),
      },
      searchProcessRunner(utilityProcess.fork, join(mainDir, SEARCH_WORKER_SCRIPT)),
    );
  } catch (error) {
    cannotOpen(error);
    return;
  }
  // The window opens while the full index loads; a library that then fails to open is said so as before.
  service.loaded.catch(cannotOpen);
  closeOnQuit(
    app,
    () => BrowserWindow.getAllWindows(),
    () => service.library.close(),
  );
  registerIpcHandlers(ipcMain, service.dispatch, location.isAppUrl);
  const window = createMainWindow(join(mainDir, '../preload/index.js'), location);
  app.on('second-instance', () => focus(window));
  const send = (command: string) =>
    (BrowserWindow.getFocusedWindow() ?? window).webContents.send(MENU_COMMAND_CHANNEL, command);
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(process.platform, send)));
}
