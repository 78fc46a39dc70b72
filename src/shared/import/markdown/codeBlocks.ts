/**
 * Code blocks as plain paragraphs, one line under the other: a story has no code, but its words are kept
 * rather than run together. Says what it did, for the report.
 */
export function takeCodeBlocks(root: Element): string[] {
  const unreadable: string[] = [];
  for (const block of [...root.querySelectorAll('pre')]) {
    const paragraph = root.ownerDocument.createElement('p');
    const lines = (block.textContent ?? '').replace(/\n$/, '').split('\n');
    lines.forEach((line, at) => {
      if (at > 0) paragraph.append(root.ownerDocument.createElement('br'));
      paragraph.append(line);
    });
    block.replaceWith(paragraph);
    unreadable.push(
      `A code block of ${lines.length} line${lines.length === 1 ? '' : 's'}, kept as plain text`,
    );
  }
  return unreadable;
}
