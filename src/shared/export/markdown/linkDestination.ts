import { publishableText } from '../model/publishableText';

// A destination written bare must hold no spaces, controls, parentheses, angle brackets or backslashes.
const BARE = /^[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+$/;
const ENTITY = /&(?=#[xX][0-9a-fA-F]{1,6};|#[0-9]{1,7};|[A-Za-z][A-Za-z0-9]{1,31};)/g;

const percentEncoded = (character: string) =>
  `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * A link's address as a Markdown destination that reads back as the same address: bare when it can be,
 * `<…>` otherwise, with `&` escaped where it would start a character reference. Tabs and line breaks,
 * which no destination may hold, are percent-encoded as a browser would.
 */
export function linkDestination(href: string): string {
  const address = publishableText(href);
  if (BARE.test(address)) return address.replace(ENTITY, '\\&');
  const escaped = address
    .replace(/[\\<>]/g, (character) => `\\${character}`)
    .replace(ENTITY, '\\&')
    .replace(/[\t\n\r]/g, percentEncoded);
  return `<${escaped}>`;
}
