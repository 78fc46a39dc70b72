// XML 1.0 (§2.2) has no way to write these at all, not even as character references: C0 controls but tab,
// line feed and carriage return, U+FFFE, U+FFFF, and surrogates (with the `u` flag only lone ones match,
// as a pair reads as one code point).
// eslint-disable-next-line no-control-regex
const NOT_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** The text without the characters XML 1.0 cannot carry; everything else is kept as it is. */
export function xmlChars(text: string): string {
  return text.replace(NOT_XML_CHARS, '');
}
