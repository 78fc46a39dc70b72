import type { App, BrowserWindow } from 'electron';

/**
 * Quits in the order that loses nothing: first the windows close, each saving its pending edits before it
 * unloads; once the last one is gone the library is flushed; only then does the app quit. A window that
 * cannot save keeps itself open, and with it the app.
 */
export function closeOnQuit(app: App, openWindows: () => BrowserWindow[], flush: () => Promise<void>): void {
  let flushed = false;
  let flushing = false;
  app.on('before-quit', (event) => {
    if (flushed) return;
    event.preventDefault();
    const windows = openWindows();
    if (windows.length > 0) {
      for (const window of windows) window.close();
      return;
    }
    if (flushing) return;
    flushing = true;
    flush()
      .catch((error: unknown) => console.error('Closing the library failed', error))
      .finally(() => {
        flushed = true;
        app.quit();
      });
  });
}
