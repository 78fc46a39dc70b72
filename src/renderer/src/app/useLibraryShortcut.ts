import { useEffect, useRef } from 'react';

/** Ctrl+Shift+L (⌘⇧L on a Mac) goes back to the library from anywhere, the editor included. */
export function useLibraryShortcut(showLibrary: () => void): void {
  const latest = useRef(showLibrary);
  useEffect(() => {
    latest.current = showLibrary;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey) return;
      if (event.key.toLowerCase() !== 'l') return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
