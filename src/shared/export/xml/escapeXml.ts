import { xmlChars } from './xmlChars';

const IN_TEXT: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  // Only "]]>" needs it, but escaping every ">" costs nothing and needs no look-behind.
  '>': '&gt;',
  // A parser turns a raw carriage return into a line feed; a reference keeps it.
  '\r': '&#13;',
};

const IN_ATTRIBUTE: Record<string, string> = {
  ...IN_TEXT,
  '"': '&quot;',
  // A parser turns raw tabs and line breaks in an attribute into spaces; references keep them.
  '\t': '&#9;',
  '\n': '&#10;',
};

/** Character data for element content: markup characters escaped, characters XML forbids dropped. */
export function escapeXmlText(text: string): string {
  return xmlChars(text).replace(/[&<>\r]/g, (character) => IN_TEXT[character]!);
}

/** A value for a double-quoted attribute, read back exactly as given (less the characters XML forbids). */
export function escapeXmlAttribute(value: string): string {
  return xmlChars(value).replace(/[&<>"\t\n\r]/g, (character) => IN_ATTRIBUTE[character]!);
}
