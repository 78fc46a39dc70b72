import type { DefaultTreeAdapterTypes, ParserError } from 'parse5';
import { parse, parseFragment } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
export type Element = DefaultTreeAdapterTypes.Element;

export interface ParsedHtml {
  root: DefaultTreeAdapterTypes.Document | DefaultTreeAdapterTypes.DocumentFragment;
  /** Every parse error parse5 reports, by code and line. */
  errors: string[];
}

const errorText = (error: ParserError) =>
  `${error.code} at line ${error.startLine}, column ${error.startCol}`;

/** Parses a whole page as a browser would, collecting parse errors. */
export function parsePage(html: string): ParsedHtml {
  const errors: string[] = [];
  const root = parse(html, {
    sourceCodeLocationInfo: true,
    onParseError: (error) => errors.push(errorText(error)),
  });
  return { root, errors };
}

/** Parses markup meant to be pasted into a page's body, collecting parse errors. */
export function parseBodyFragment(html: string): ParsedHtml {
  const errors: string[] = [];
  const root = parseFragment(html, {
    sourceCodeLocationInfo: true,
    onParseError: (error) => errors.push(errorText(error)),
  });
  return { root, errors };
}

const isElement = (node: Node): node is Element => 'tagName' in node;
const childrenOf = (node: Node): Node[] => {
  if (isElement(node) && node.tagName === 'template')
    return (node as DefaultTreeAdapterTypes.Template).content.childNodes;
  return 'childNodes' in node ? node.childNodes : [];
};

/** Every element under a node, in document order. */
export function elementsIn(node: Node): Element[] {
  return childrenOf(node).flatMap((child) =>
    isElement(child) ? [child, ...elementsIn(child)] : elementsIn(child),
  );
}

export const byTag = (node: Node, tag: string) =>
  elementsIn(node).filter((element) => element.tagName === tag);

export const attr = (element: Element, name: string) =>
  element.attrs.find((attribute) => attribute.name === name)?.value;

export const hasClass = (element: Element, name: string) =>
  (attr(element, 'class') ?? '').split(' ').includes(name);

/** The text of a node as a browser's `textContent` gives it. */
export function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  return childrenOf(node).map(textOf).join('');
}

/** The direct element children of an element, a document or a fragment. */
export const childElements = (node: Node): Element[] => childrenOf(node).filter(isElement);
