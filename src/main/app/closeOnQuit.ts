import type { App } from 'electron';

/** Holds the quit until `flush` finishes, so a pending index write is never cut off. */
export function closeOnQuit(app: App, flush: () => Promise<void>): void {
  let flushed = false;
  app.on('before-quit', (event) => {
    if (flushed) return;
    event.preventDefault();
    flush()
      .catch((error: unknown) => console.error('Closing the library failed', error))
      .finally(() => {
        flushed = true;
        app.quit();
      });
  });
}
