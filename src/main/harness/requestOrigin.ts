const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'];

/**
 * A page on another site can reach a loopback server by rebinding its own domain to 127.0.0.1;
 * such requests still carry that domain in Host, so only our own names are served.
 */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  const normalized = host.toLowerCase();
  return LOOPBACK_NAMES.some((name) => normalized === `${name}:${port}`);
}

/**
 * Browsers send Origin on cross-site POSTs, even "simple" ones that skip CORS preflight,
 * so a foreign Origin is what tells a forged write apart from the harness page's own calls.
 */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return LOOPBACK_NAMES.some((name) => origin.toLowerCase() === `http://${name}:${port}`);
}
