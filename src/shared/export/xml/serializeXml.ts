import { escapeXmlAttribute, escapeXmlText } from './escapeXml';
import type { XmlAttributes, XmlElement, XmlNode } from './xmlNode';

const INDENT = '  ';

function attributesXml(attributes: XmlAttributes): string {
  let xml = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) xml += ` ${name}="${escapeXmlAttribute(String(value))}"`;
  }
  return xml;
}

// Inside an element holding text, whitespace is content: from there down everything is written flat.
function nodeXml(node: XmlNode, depth: number, flat: boolean): string {
  if (typeof node === 'string') return escapeXmlText(node);
  const open = `<${node.name}${attributesXml(node.attributes)}`;
  if (node.children.length === 0) return `${open}/>`;
  if (flat || !node.block) {
    return `${open}>${node.children.map((child) => nodeXml(child, depth, true)).join('')}</${node.name}>`;
  }
  const indent = INDENT.repeat(depth + 1);
  const children = node.children.map((child) => `\n${indent}${nodeXml(child, depth + 1, false)}`);
  return `${open}>${children.join('')}\n${INDENT.repeat(depth)}</${node.name}>`;
}

/** A whole UTF-8 document: the XML declaration, the root element and a final line break. */
export function serializeXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${nodeXml(root, 0, false)}\n`;
}
