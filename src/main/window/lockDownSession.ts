import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';

/** Offline by design: no permission prompts, and every response carries the app's CSP. */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}
