/**
 * The dateline as a field standing on its own ("KHERSON, Ukraine, Nov. 24 (AP)"): the shared AP line
 * without the dash, which only leads into the lede when the dateline opens it.
 */
export function printedDateline(line: string): string {
  return line.replace(/\s*—$/, '');
}
