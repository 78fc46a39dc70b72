/**
 * A small, strict reader for the documents the exporters write, to check what they say in tests.
 * happy-dom's XML parser refuses attribute names with dots (NITF's `position.section`), and the XML
 * parsers installed with the build tools rewrite U+2028 and U+0085 as line feeds, so neither reads an
 * export back faithfully. This one reads the subset the writer emits (declaration, elements, attributes,
 * text, the five entities and character references) and throws on anything else or anything malformed;
 * xmllint, against the schemas, remains the judge of validity.
 */
export interface ReadElement {
  name: string;
  attributes: Map<string, string>;
  children: ReadNode[];
}
export type ReadNode = ReadElement | string;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u;
const NAME = '[A-Za-z_][\\w.:-]*';
const TOKEN = new RegExp(
  `<(${NAME})((?:\\s+${NAME}\\s*=\\s*"[^"]*")*)\\s*(/?)>|</(${NAME})\\s*>|([^<]+)|(<)`,
  'gy',
);
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*"([^"]*)"`, 'g');

function decode(text: string, where: string): string {
  if (NOT_XML.test(text)) throw new Error(`A character XML forbids in ${where}.`);
  if (/[<]/.test(text)) throw new Error(`A raw "<" in ${where}.`);
  return text.replace(/&([^;]*);|&/g, (whole, reference: string | undefined) => {
    if (reference === undefined) throw new Error(`A raw "&" in ${where}.`);
    if (reference in ENTITIES) return ENTITIES[reference]!;
    const code = /^#x([0-9a-fA-F]+)$/.exec(reference)?.[1] ?? /^#([0-9]+)$/.exec(reference)?.[1];
    if (code === undefined) throw new Error(`Unknown reference ${whole} in ${where}.`);
    const character = String.fromCodePoint(Number.parseInt(code, reference.startsWith('#x') ? 16 : 10));
    if (NOT_XML.test(character)) throw new Error(`Reference ${whole} to a character XML forbids.`);
    return character;
  });
}

// Attribute values are normalized as XML does: raw tabs and line breaks read as spaces.
function attributesOf(source: string, element: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, raw] of source.matchAll(ATTRIBUTE)) {
    if (attributes.has(name!)) throw new Error(`Attribute ${name} twice on <${element}>.`);
    attributes.set(name!, decode(raw!.replace(/[\t\n\r]/g, ' '), `attribute ${name}`));
  }
  return attributes;
}

/** The root element of a document the exporters wrote; throws when it is not well-formed. */
export function readXml(xml: string): ReadElement {
  const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n';
  if (!xml.startsWith(declaration)) throw new Error('No XML declaration.');
  const open: ReadElement[] = [];
  let root: ReadElement | null = null;
  TOKEN.lastIndex = declaration.length;
  while (TOKEN.lastIndex < xml.length) {
    const at = TOKEN.lastIndex;
    const token = TOKEN.exec(xml);
    if (!token || token[6]) throw new Error(`Not well-formed at offset ${at}.`);
    const [, name, attributes, selfClosing, closing, text] = token;
    const parent = open.at(-1);
    if (text !== undefined) {
      if (parent) parent.children.push(decode(text, `<${parent.name}>`));
      else if (text.trim()) throw new Error('Text outside the root element.');
    } else if (closing !== undefined) {
      if (parent?.name !== closing) throw new Error(`</${closing}> closes <${parent?.name}>.`);
      open.pop();
    } else {
      if (!parent && root) throw new Error('A second root element.');
      const element: ReadElement = {
        name: name!,
        attributes: attributesOf(attributes!, name!),
        children: [],
      };
      if (parent) parent.children.push(element);
      else root = element;
      if (!selfClosing) open.push(element);
    }
  }
  if (!root || open.length > 0) throw new Error('The document ends inside an element.');
  return root;
}

export function textOf(node: ReadNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

export function childElements(element: ReadElement): ReadElement[] {
  return element.children.filter((child): child is ReadElement => typeof child !== 'string');
}

/** The elements of a name anywhere under an element, in document order. */
export function elements(element: ReadElement, name: string): ReadElement[] {
  return childElements(element).flatMap((child) => [
    ...(child.name === name ? [child] : []),
    ...elements(child, name),
  ]);
}

/** The only element of a name under an element; fails the test when there is none or more than one. */
export function only(element: ReadElement, name: string): ReadElement {
  const found = elements(element, name);
  if (found.length !== 1) throw new Error(`Expected one <${name}>, found ${found.length}.`);
  return found[0]!;
}
