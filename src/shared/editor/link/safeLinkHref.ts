const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** A story links to web pages and e-mail addresses only: never script, data, file or relative URLs. */
export function isSafeLinkHref(href: string): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(href).protocol);
  } catch {
    return false;
  }
}
