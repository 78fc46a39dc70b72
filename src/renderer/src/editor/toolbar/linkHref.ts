import { isSafeLinkHref } from '@shared/editor/link/safeLinkHref';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const EMAIL = /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/;
const HOST = /^[^\s/@]+\.[^\s/@]+(?:\/\S*)?$/;

/**
 * The link a writer meant by what they typed: a full http, https or mailto URL as it is, an e-mail
 * address as mailto, a bare address like example.com/page as https. Null for anything else.
 */
export function linkHrefFrom(typed: string): string | null {
  const text = typed.trim();
  if (SCHEME.test(text)) return isSafeLinkHref(text) ? text : null;
  if (EMAIL.test(text)) return `mailto:${text}`;
  if (HOST.test(text) && isSafeLinkHref(`https://${text}`)) return `https://${text}`;
  return null;
}
