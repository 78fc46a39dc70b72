import { isSafeLinkHref } from '@shared/editor/link/safeLinkHref';

/**
 * The address a pasted link may keep, normalized: the story's own rule (web and mail addresses only)
 * decides. Script and data URLs, and relative ones, which would resolve against the app rather than the
 * page they came from, give null.
 */
export function safeHref(raw: string | null): string | null {
  const href = raw?.trim();
  if (!href || !isSafeLinkHref(href)) return null;
  // A mailto: address is not percent-encoded by URL, so angle brackets would survive into the markup.
  return new URL(href).href.replace(/[<>]/g, (bracket) => encodeURIComponent(bracket));
}
