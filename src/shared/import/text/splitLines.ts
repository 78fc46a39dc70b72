/**
 * The copy's lines, each trimmed, with blank lines kept as '' so paragraph breaks survive. Line breaks of any
 * system (\r\n, \r, \n, U+2028) are the same here; a phone often types one newline per paragraph.
 */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/).map((line) => line.replace(/\s+/g, ' ').trim());
}
