const MEDIA: [string, string][] = [
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
      if (!element.isConnected || element.parentElement?.closest('picture, svg, object, video, audio'))
        continue;
      unreadable.push(describe(element, label));
      element.remove();
    }
  const tables = [...root.querySelectorAll('table')].filter(
    (table) => !table.parentElement?.closest('table'),
  );
  for (const table of tables) {
    const document = table.ownerDocument;
    const rows = [...table.querySelectorAll('tr')].map((row) => {
      const paragraph = document.createElement('p');
      paragraph.textContent = [...row.children].map((cell) => (cell.textContent ?? '').trim()).join(' | ');
      return paragraph;
    });
    unreadable.push(`A table of ${rows.length} row${rows.length === 1 ? '' : 's'}, kept as paragraphs`);
    table.replaceWith(...rows);
  }
  return unreadable;
}
