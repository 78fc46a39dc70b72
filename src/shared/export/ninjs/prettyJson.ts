/**
 * Two-space JSON ending in a newline. JSON.stringify escapes lone surrogates (ES2019), so any string a
 * field holds comes back unchanged from JSON.parse and the UTF-8 bytes are always well formed.
 */
export function prettyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
