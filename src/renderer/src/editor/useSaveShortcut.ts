import { useEffect } from 'react';

/** Ctrl+S or Cmd+S saves; it never falls through to the browser's "save page" in the harness. */
export function useSaveShortcut(onSave: () => void, enabled: boolean): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 's') return;
      event.preventDefault();
      if (enabled) onSave();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onSave, enabled]);
}
