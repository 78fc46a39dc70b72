import type { Token } from 'markdown-it';
import MarkdownIt from 'markdown-it';

/** A parsed Markdown document as a small tree: elements by tag, and text exactly as markdown-it reads it. */
export type MdNode = MdText | MdElement;
export interface MdText {
  kind: 'text';
  text: string;
}
export interface MdElement {
  kind: 'element';
  tag: string;
  attrs: Record<string, string>;
  children: MdNode[];
}

const markdownIt = new MarkdownIt();

const elementOf = (token: Token): MdElement => ({
  kind: 'element',
  tag: token.tag || token.type,
  attrs: Object.fromEntries((token.attrs ?? []).map(([name, value]) => [name, String(value)])),
  children: [],
});

function addTokens(tokens: Token[], root: MdElement): void {
  const stack: MdElement[] = [root];
  for (const token of tokens) {
    const parent = stack.at(-1)!;
    if (token.nesting === 1) {
      const element = elementOf(token);
      parent.children.push(element);
      stack.push(element);
    } else if (token.nesting === -1) {
      stack.pop();
    } else if (token.type === 'inline') {
      addTokens(token.children ?? [], parent);
    } else if (token.type === 'text' || token.type === 'softbreak') {
      parent.children.push({ kind: 'text', text: token.type === 'text' ? token.content : '\n' });
    } else {
      // Leaves: hr, br, and what the exporter must never produce (code, HTML, images), kept to be seen.
      const leaf = elementOf(token);
      if (token.content) leaf.children.push({ kind: 'text', text: token.content });
      parent.children.push(leaf);
    }
  }
}

/** Parses Markdown with markdown-it's defaults: CommonMark with tables and strikethrough, no raw HTML. */
export function markdownTree(source: string): MdElement {
  const root: MdElement = { kind: 'element', tag: 'root', attrs: {}, children: [] };
  addTokens(markdownIt.parse(source, {}), root);
  return root;
}

/** How markdown-it writes a link's address into its `href`. */
export const normalizeLink = (href: string) => markdownIt.normalizeLink(href);

/** The text of a node, hard line breaks as "\n". */
export function textOf(node: MdNode): string {
  if (node.kind === 'text') return node.text;
  if (node.tag === 'br') return '\n';
  return node.children.map(textOf).join('');
}

/** The element children of a node. */
export const elementsOf = (node: MdElement): MdElement[] =>
  node.children.filter((child): child is MdElement => child.kind === 'element');

/** Every element under a node, depth first. */
export function allElements(node: MdElement): MdElement[] {
  return elementsOf(node).flatMap((child) => [child, ...allElements(child)]);
}
