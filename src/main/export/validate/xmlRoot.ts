export interface XmlRoot {
  /** The root element's name as written, prefix included ("nitf", "g2:newsItem"). */
  name: string;
  localName: string;
  /** Its namespace, from the declaration on the root itself; null when it declares none. */
  namespace: string | null;
  /** 1-based line of its start tag. */
  line: number;
}

// The prolog: whitespace, the XML declaration and other processing instructions, comments, a doctype.
const PROLOG_PART = /\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>/y;
const START_TAG = /<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/y;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Where a document's prolog may be looked for: far more than any real one, little of a huge file. */
const SCAN_LIMIT = 1024 * 1024;

/**
 * The root element of an XML document, found by reading its prolog and first start tag, so that a
 * document valid against some global element of a schema can still be told it is not that standard's
 * document. Null when there is no readable start tag in the first megabyte: xmllint says why.
 */
export function xmlRootOf(xml: string): XmlRoot | null {
  const text = xml.slice(0, SCAN_LIMIT);
  let at = text.startsWith('\uFEFF') ? 1 : 0;
  for (;;) {
    PROLOG_PART.lastIndex = at;
    if (!PROLOG_PART.exec(text)) break;
    at = PROLOG_PART.lastIndex;
  }
  START_TAG.lastIndex = at;
  const tag = START_TAG.exec(text);
  if (!tag) return null;
  const name = tag[1]!;
  const colon = name.indexOf(':');
  const prefix = colon < 0 ? null : name.slice(0, colon);
  const declaration = prefix === null ? 'xmlns' : `xmlns:${prefix}`;
  let namespace: string | null = null;
  for (const attribute of tag[2]!.matchAll(ATTRIBUTE)) {
    if (attribute[1] === declaration) namespace = attribute[2] ?? attribute[3] ?? '';
  }
  const line = text.slice(0, at).split('\n').length;
  return { name, localName: name.slice(colon + 1), namespace: namespace || null, line };
}
