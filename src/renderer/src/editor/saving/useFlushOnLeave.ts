import { useEffect } from 'react';

interface PendingSaves {
  hasUnsavedWork: () => boolean;
  save: () => Promise<boolean>;
}

/** In the desktop app the preload exposes the library; the browser harness has none. */
function inDesktopApp(): boolean {
  return window.copydesk !== undefined;
}

/**
 * Closing the window, reloading or hiding the app must not lose the last second of typing.
 * A close with unsaved work is held back while the save goes out. Electron keeps the window open
 * without a prompt, so once the save lands the window closes itself; a browser tab asks the writer
 * instead, and closing it then would overrule their "Stay".
 */
export function useFlushOnLeave({ hasUnsavedWork, save }: PendingSaves): void {
  useEffect(() => {
    let closing = false;

    function onBeforeUnload(event: BeforeUnloadEvent) {
      if (!hasUnsavedWork()) return;
      event.preventDefault();
      // Older Chromium (and Electron's docs) still look at returnValue rather than the cancelled event.
      event.returnValue = '';
      if (closing) return;
      closing = true;
      void save().then((saved) => {
        closing = false;
        if (saved && !hasUnsavedWork() && inDesktopApp()) window.close();
      });
    }

    function saveIfPending() {
      if (hasUnsavedWork()) void save();
    }

    function onVisibilityChange() {
      if (document.visibilityState === 'hidden') saveIfPending();
    }

    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', saveIfPending);
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', saveIfPending);
      document.removeEventListener('visibilitychange', onVisibilityChange);
    };
  }, [hasUnsavedWork, save]);
}
