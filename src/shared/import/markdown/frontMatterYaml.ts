import { isMap, isScalar, isSeq, parseDocument } from 'yaml';

export interface FrontMatterEntry {
  key: string;
  /** A text, a list of texts, or null for a value this reader does not take (a nested map). */
  value: string | string[] | null;
  /** The entry as written, for the report. */
  source: string;
}

function textOf(node: unknown): string | null {
  if (!isScalar(node) || node.value === null || typeof node.value === 'object') return null;
  return String(node.value).trim();
}

function valueOf(node: unknown): string | string[] | null {
  if (isSeq(node)) {
    const items = node.items.map(textOf);
    return items.every((item) => item !== null) ? items.filter((item) => item !== '') : null;
  }
  return textOf(node);
}

/**
 * The front matter's top-level keys, read with the `yaml` package (a full YAML 1.2 parser, so quoting,
 * lists and block texts mean what YAML says). Null when the lines are not a YAML map at all.
 */
export function readFrontMatterLines(lines: readonly string[]): FrontMatterEntry[] | null {
  const text = lines.join('\n');
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  if (document.errors.length > 0 || !isMap(document.contents)) return null;
  return document.contents.items.flatMap((pair) => {
    const key = textOf(pair.key);
    if (!key) return [];
    const start = isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0;
    const value = pair.value as { range?: [number, number, number] } | null;
    const end = value?.range?.[1] ?? (isScalar(pair.key) ? (pair.key.range?.[1] ?? start) : start);
    return [{ key: key.toLowerCase(), value: valueOf(pair.value), source: text.slice(start, end).trim() }];
  });
}
