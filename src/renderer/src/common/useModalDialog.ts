import type { RefObject } from 'react';
import { useEffect, useRef } from 'react';

/**
 * Opens the dialog as a modal while mounted: the browser makes the page behind it inert and closes it on
 * Escape. Removing a dialog from the page skips the browser's own return of focus, so it is done here.
 */
export function useModalDialog(): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    return () => {
      element?.close();
      opener?.focus();
    };
  }, []);
  return dialog;
}
