import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';

/** Offline by design: no permission prompts, and every response carries the app's CSP. */
export function lockDownSession(session: Session, enforceCsp: boolean): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // The dev server injects inline styles and scripts for hot reload, which the strict policy blocks.
  if (!enforceCsp) return;
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}
