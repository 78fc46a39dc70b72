// Elements that start a line of their own when a page is read as text.
const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY BR BUTTON CAPTION DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LABEL LEGEND LI MAIN NAV OL OPTION P PRE SECTION SELECT SUMMARY TABLE TD TH TR UL'.split(
    ' ',
  ),
);
// A writer's own text blocks: read as one line, however their words are marked up.
const TEXT_BLOCKS = new Set(
  'P H1 H2 H3 H4 H5 H6 LI DT DD FIGCAPTION BLOCKQUOTE TD TH CAPTION PRE ADDRESS'.split(' '),
);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'svg']);
const BLOCK_SELECTOR = [...BLOCKS].map((tag) => tag.toLowerCase()).join(', ');
// What stands between links in a row of them: "About us | Privacy | Terms".
const SEPARATORS = /^[\s|•·,/–—-]*$/u;

export interface PageLine {
  text: string;
  /** The element the line's words are in: their block, or the link or span that stood alone in a row. */
  element: Element;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Piece {
  text: string;
  element: Element | null;
}

function flush(pieces: Piece[], block: Element, lines: PageLine[]): void {
  const loose = pieces.filter((piece) => piece.element === null).map((piece) => piece.text);
  const parts = pieces.filter((piece) => piece.element !== null);
  // A container whose words are all in its child elements (menus, share buttons, "Published" "on" "date")
  // gives one line per element; running text with words of its own stays one line.
  if (!TEXT_BLOCKS.has(block.tagName) && parts.length > 1 && SEPARATORS.test(loose.join(''))) {
    for (const part of parts) {
      const text = collapse(part.text);
      if (text) lines.push({ text, element: part.element! });
    }
  } else {
    const text = collapse(pieces.map((piece) => piece.text).join(''));
    if (text) lines.push({ text, element: block });
  }
  pieces.length = 0;
}

function walk(block: Element, lines: PageLine[]): void {
  const pieces: Piece[] = [];
  for (let node = block.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) pieces.push({ text: node.textContent ?? '', element: null });
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (SKIPPED.has(element.tagName)) continue;
    const isBlock = BLOCKS.has(element.tagName) || element.querySelector(BLOCK_SELECTOR) !== null;
    if (!isBlock) {
      pieces.push({ text: element.textContent ?? '', element });
      continue;
    }
    flush(pieces, block, lines);
    walk(element, lines);
  }
  flush(pieces, block, lines);
}

/**
 * The page's words as a reader sees its lines: one per paragraph, heading or list item, and one per link or
 * label in a row of them, in page order. Recursive over the page's nesting, which the caller has bounded.
 */
export function pageLines(root: Element): PageLine[] {
  const lines: PageLine[] = [];
  walk(root, lines);
  return lines;
}
