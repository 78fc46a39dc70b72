/**
 * An element's name without its prefix: linkedom keeps "g2:newsItem" whole and resolves no namespaces, so
 * the formats are read by local name, as a namespace-aware reader would match them.
 */
export function localNameOf(element: Element): string {
  const name = element.localName || element.tagName;
  return name.slice(name.indexOf(':') + 1);
}

/** The namespace the element's prefix (or the default one) is bound to, looked up the ancestors. */
export function namespaceOf(element: Element): string {
  const name = element.localName || element.tagName;
  const colon = name.indexOf(':');
  const declaration = colon < 0 ? 'xmlns' : `xmlns:${name.slice(0, colon)}`;
  for (let at: Element | null = element; at; at = at.parentElement) {
    const uri = attributeOf(at, declaration);
    if (uri !== null) return uri.trim();
  }
  return '';
}

export const childrenNamed = (parent: Element | null | undefined, name: string): Element[] =>
  parent ? [...parent.children].filter((child) => localNameOf(child) === name) : [];

/** The first child named by each step of `path` in turn, or null. */
export function childAt(parent: Element | null | undefined, ...path: string[]): Element | null {
  let at = parent ?? null;
  for (const name of path) at = childrenNamed(at, name)[0] ?? null;
  return at;
}

export const descendantsNamed = (parent: Element | null | undefined, name: string): Element[] =>
  parent ? [...parent.querySelectorAll('*')].filter((element) => localNameOf(element) === name) : [];

/** Its words, with the white space of the file's line breaks and indentation collapsed. */
export const wordsOf = (node: Node | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * An attribute's value as the file means it. Not `getAttribute`: in an XML document linkedom hands that back
 * with `&`, `<` and `>` escaped again ("AT&amp;T").
 */
export function attributeOf(element: Element | null | undefined, name: string): string | null {
  return element?.getAttributeNode(name)?.value ?? null;
}
