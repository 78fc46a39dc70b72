const BLOCK_TAGS = new Set(['P', 'H2', 'H3', 'UL', 'OL', 'HR', 'FIGURE', 'ASIDE']);

/** Whether a cleaned node is a block; the story's own blocks are the ones carrying a `data-type`. */
export function isBlock(node: Node): node is Element {
  return (
    node.nodeType === Node.ELEMENT_NODE &&
    (BLOCK_TAGS.has((node as Element).tagName.toUpperCase()) || (node as Element).hasAttribute('data-type'))
  );
}

export function hasText(nodes: readonly Node[]): boolean {
  return nodes.some((node) => (node.textContent ?? '').trim() !== '');
}

/**
 * Cleaned content as blocks only: each run of inline nodes between blocks becomes a paragraph, and runs
 * with no text are dropped, such as the `<br>` Google Docs puts between paragraphs or Word's empty lines.
 */
export function paragraphsOf(nodes: readonly Node[], output: Document): Node[] {
  const blocks: Node[] = [];
  let run: Node[] = [];
  const closeRun = () => {
    if (hasText(run)) {
      const paragraph = output.createElement('p');
      paragraph.append(...run);
      blocks.push(paragraph);
    }
    run = [];
  };
  for (const node of nodes) {
    if (isBlock(node)) {
      closeRun();
      blocks.push(node);
    } else {
      run.push(node);
    }
  }
  closeRun();
  return blocks;
}

/** Inline-only content stays inline, so a pasted phrase joins the paragraph it lands in. */
export function inlineOrParagraphs(nodes: readonly Node[], output: Document): Node[] {
  return nodes.some(isBlock) ? paragraphsOf(nodes, output) : [...nodes];
}
