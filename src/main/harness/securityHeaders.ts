import type { ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../window/contentSecurityPolicy';

export function setSecurityHeaders(response: ServerResponse): void {
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  // A stale bundle after a rebuild would test the wrong code.
  response.setHeader('Cache-Control', 'no-store');
}
