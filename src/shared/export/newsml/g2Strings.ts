/**
 * A value for NewsML-G2's plain-string properties (keyword, name, slugline, creditline): its type,
 * `g2normalizedString`, allows no tab or line break, so each becomes a space.
 */
export function g2String(text: string): string {
  return text.replace(/[\t\n\r]/g, ' ');
}
