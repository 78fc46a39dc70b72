// Everything XML 1.0 allows in a document; with the u flag a lone surrogate is one code point outside it.
const FORBIDDEN_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * A field's text without the characters XML 1.0 forbids (C0 controls but tab and line ends, U+FFFE, U+FFFF,
 * lone surrogates): Word refuses a whole document over one of them, and no reader could see them anyway.
 */
export function xmlSafeText(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, '');
}
