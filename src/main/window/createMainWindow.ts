import type { BrowserWindow as BrowserWindowType } from 'electron';
import { BrowserWindow, shell } from 'electron';
import type { RendererLocation } from './rendererLocation';
import { secureWebPreferences } from './secureWebPreferences';

function openExternally(url: string): void {
  if (/^https?:\/\//i.test(url)) void shell.openExternal(url);
}

/** The one app window: new windows and navigation away from the app's page are refused. */
export function createMainWindow(preloadPath: string, location: RendererLocation): BrowserWindowType {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Copydesk',
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (!location.isAppUrl(url)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  void window.loadURL(location.url);
  return window;
}
