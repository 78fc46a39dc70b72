export const MEDIA: [string, string][] = [
  ['img', 'Picture'],
  ['picture', 'Picture'],
  ['video', 'Video'],
  ['audio', 'Audio'],
  ['iframe', 'Embedded frame'],
  ['object', 'Embedded object'],
  ['embed', 'Embedded object'],
  ['svg', 'Drawing'],
  ['canvas', 'Drawing'],
];

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function describe(element: Element, label: string): string {
  const alt = (element.getAttribute('alt') ?? element.querySelector('img')?.getAttribute('alt') ?? '').trim();
  const title = (element.getAttribute('title') ?? '').trim();
  const words = alt || title;
  return words ? `${label}: “${words}”` : label;
}

/**
 * Removes what a story's text cannot hold (pictures, video, frames) and says what each was, so the report
 * lists it; a table's rows become paragraphs, their cells separated by " | ", so no words are lost.
 */
export function takeUnreadableParts(root: Element): string[] {
  const unreadable: string[] = [];
  for (const [tag, label] of MEDIA)
    for (const element of [...root.querySelectorAll(tag)]) {
      if (!root.contains(element) || element.parentElement?.closest('picture, svg, object, video, audio'))
        continue;
      unreadable.push(describe(element, label));
      element.remove();
    }
  const tables = [...root.querySelectorAll('table')].filter(
    (table) => !table.parentElement?.closest('table'),
  );
  for (const table of tables) {
    const document = table.ownerDocument;
    // A nested table's rows are read with the cell that holds them, not a second time on their own.
    const rows = [...table.querySelectorAll('tr')]
      .filter((row) => row.closest('table') === table)
      .map((row) => [...row.children].map((cell) => collapse(cell.textContent ?? '')).join(' | '))
      .filter((line) => line.replace(/[\s|]/g, '') !== '')
      .map((line) => {
        const paragraph = document.createElement('p');
        paragraph.textContent = line;
        return paragraph;
      });
    unreadable.push(`A table of ${rows.length} row${rows.length === 1 ? '' : 's'}, kept as paragraphs`);
    table.replaceWith(...rows);
  }
  return unreadable;
}
