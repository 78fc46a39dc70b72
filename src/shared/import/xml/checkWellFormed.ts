import { ImportError } from '../ImportError';

/** Deeper than any story's markup: past it a file is hostile or broken, and reading it would only hurt. */
export const MAX_XML_DEPTH = 200;

const NAME = '[A-Za-z_\\u00C0-\\uFFFF][\\w.:\\-\\u00B7-\\uFFFF]*';
const START_TAG = new RegExp(`<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`, 'y');
const END_TAG = new RegExp(`</(${NAME})\\s*>`, 'y');
const REFERENCE = /&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z_][\w.-]*);/y;
const ATTRIBUTE_NAME = new RegExp(`(${NAME})\\s*=`, 'g');

export interface XmlShape {
  /** The text with its DOCTYPE left out: Copydesk never reads a DTD, and an internal subset can hide markup. */
  text: string;
  /** True when the DOCTYPE declared entities, which are left unexpanded. */
  declaresEntities: boolean;
}

function lineAt(text: string, at: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < at; index = text.indexOf('\n', index + 1))
    line += 1;
  return line;
}

function broken(text: string, at: number, what: string): ImportError {
  return new ImportError('unreadable', `The file is not well-formed XML: line ${lineAt(text, at)} ${what}.`);
}

// The DOCTYPE's end: its internal subset in brackets may hold '>' inside quoted entity values.
function doctypeEnd(text: string, at: number): number {
  let quote = '';
  let bracket = false;
  for (let index = at; index < text.length; index += 1) {
    const char = text[index];
    if (quote) quote = char === quote ? '' : quote;
    else if (char === '"' || char === "'") quote = char;
    else if (char === '[') bracket = true;
    else if (char === ']') bracket = false;
    else if (char === '>' && !bracket) return index + 1;
  }
  return -1;
}

function skipTo(text: string, at: number, close: string, what: string): number {
  const end = text.indexOf(close, at);
  if (end === -1) throw new ImportError('unreadable', `The file is cut short: it ends inside ${what}.`);
  return end + close.length;
}

function checkAttributes(text: string, at: number, attributes: string): void {
  const seen = new Set<string>();
  for (const [, name] of attributes.matchAll(ATTRIBUTE_NAME)) {
    if (seen.has(name ?? '')) throw broken(text, at, `gives the attribute ${name} twice`);
    seen.add(name ?? '');
  }
}

/**
 * Checks that `text` is well-formed XML (one root, every tag closed in order, attributes quoted, `&` only in
 * references) and says where it is not, with the line: linkedom reads broken XML without a word. Also
 * refuses markup nested deeper than MAX_XML_DEPTH.
 */
export function checkWellFormed(text: string): XmlShape {
  const open: { name: string; at: number }[] = [];
  let rootSeen = false;
  let declaresEntities = false;
  const out: string[] = [];
  let copied = 0;
  let at = 0;
  while (at < text.length) {
    const next = text.indexOf('<', at);
    const textEnd = next === -1 ? text.length : next;
    for (let amp = text.indexOf('&', at); amp !== -1 && amp < textEnd; amp = text.indexOf('&', amp + 1)) {
      REFERENCE.lastIndex = amp;
      if (!REFERENCE.test(text)) throw broken(text, amp, 'has an "&" that starts no character reference');
    }
    if (open.length === 0 && text.slice(at, textEnd).trim() !== '') {
      if (!rootSeen)
        throw new ImportError('wrong-format', 'The file is not XML: it does not begin with a tag.');
      throw broken(text, at, 'has text after the end of the root element');
    }
    if (next === -1) break;
    at = next;
    if (text.startsWith('<!--', at)) at = skipTo(text, at + 4, '-->', 'a comment');
    else if (text.startsWith('<?', at)) at = skipTo(text, at + 2, '?>', 'a processing instruction');
    else if (text.startsWith('<![CDATA[', at)) {
      if (open.length === 0) throw broken(text, at, 'has a CDATA section outside the root element');
      at = skipTo(text, at + 9, ']]>', 'a CDATA section');
    } else if (text.startsWith('<!DOCTYPE', at)) {
      const end = doctypeEnd(text, at);
      if (rootSeen || end === -1) throw broken(text, at, 'has a DOCTYPE where none can be');
      declaresEntities = /<!ENTITY/.test(text.slice(at, end));
      out.push(text.slice(copied, at));
      copied = end;
      at = end;
    } else if (text.startsWith('</', at)) {
      END_TAG.lastIndex = at;
      const closing = END_TAG.exec(text);
      const expected = open.pop();
      if (!closing) throw broken(text, at, 'has an end tag that is not one');
      if (!expected) throw broken(text, at, `closes <${closing[1]}>, which was never opened`);
      if (expected.name !== closing[1])
        throw broken(
          text,
          at,
          `closes <${closing[1]}> where <${expected.name}> (line ${lineAt(text, expected.at)}) is open`,
        );
      at = END_TAG.lastIndex;
    } else {
      START_TAG.lastIndex = at;
      const tag = START_TAG.exec(text);
      if (!tag) {
        if (text.indexOf('>', at) === -1)
          throw new ImportError('unreadable', 'The file is cut short: it ends inside a tag.');
        throw broken(text, at, 'has a tag that is not well-formed');
      }
      if (open.length === 0 && rootSeen) throw broken(text, at, 'has a second root element');
      checkAttributes(text, at, tag[2] ?? '');
      rootSeen = true;
      if (!tag[3]) open.push({ name: tag[1] ?? '', at });
      if (open.length > MAX_XML_DEPTH)
        throw new ImportError(
          'unreadable',
          `The file nests its elements more than ${MAX_XML_DEPTH} deep, which no story does.`,
        );
      at = START_TAG.lastIndex;
    }
  }
  const unclosed = open.at(-1);
  if (unclosed)
    throw new ImportError(
      'unreadable',
      `The file is cut short: it ends before <${unclosed.name}> (opened on line ${lineAt(text, unclosed.at)}) is closed.`,
    );
  if (!rootSeen) throw new ImportError('wrong-format', 'The file is not XML: it holds no element.');
  out.push(text.slice(copied));
  return { text: out.join(''), declaresEntities };
}
