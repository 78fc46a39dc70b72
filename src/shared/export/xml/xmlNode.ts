export type XmlAttributeValue = string | number | undefined;
export type XmlAttributes = Readonly<Record<string, XmlAttributeValue>>;

/** An element, or a text node given as the plain string it reads as. */
export type XmlNode = XmlElement | string;

/**
 * What a children list may hold: nothing-values and empty strings are left out, so optional parts can
 * be written inline (`subheadline && element(…)`).
 */
export type XmlChild = XmlNode | null | undefined | false;

export interface XmlElement {
  readonly name: string;
  /** Written in this order; an undefined value leaves the attribute out. */
  readonly attributes: XmlAttributes;
  readonly children: readonly XmlNode[];
  /** Children are written one per line, indented. Only elements that hold no text are laid out so. */
  readonly block: boolean;
}

// Names only ever come from the exporters' own code, never from a story; this catches a typo, not input.
const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;

function checkName(name: string): void {
  if (!NAME.test(name)) throw new RangeError(`"${name}" is not an XML name this writer accepts.`);
}

function make(name: string, attributes: XmlAttributes, children: readonly XmlChild[], block: boolean) {
  checkName(name);
  Object.keys(attributes).forEach(checkName);
  const kept = children.filter(
    (child): child is XmlNode => child !== null && child !== undefined && child !== false && child !== '',
  );
  return { name, attributes, children: kept, block };
}

/** An element written on one line with its content: anything holding text (mixed content). */
export function element(
  name: string,
  attributes: XmlAttributes = {},
  children: readonly XmlChild[] = [],
): XmlElement {
  return make(name, attributes, children, false);
}

/**
 * An element of elements, its children one per line. Whitespace between them is not content, so a
 * block may never hold text: indenting it would change what it says.
 */
export function block(
  name: string,
  attributes: XmlAttributes = {},
  children: readonly XmlChild[] = [],
): XmlElement {
  const made = make(name, attributes, children, true);
  if (made.children.some((child) => typeof child === 'string')) {
    throw new RangeError(`<${name}> is laid out as a block of elements and cannot hold text.`);
  }
  return made;
}
