const PROLOG =
  /^\uFEFF?\s*(?:(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>)\s*)*<([A-Za-z_][\w.:-]*)([^>]*)/;

export interface SniffedRoot {
  name: string;
  namespace: string;
}

/** The root element's local name and namespace from a file's first bytes, or null when they show no XML. */
export function sniffRoot(head: string): SniffedRoot | null {
  const match = PROLOG.exec(head);
  if (!match) return null;
  const [, qualified = '', attributes = ''] = match;
  const colon = qualified.indexOf(':');
  const declaration = colon < 0 ? 'xmlns' : `xmlns:${qualified.slice(0, colon)}`;
  const namespace = new RegExp(`\\s${declaration.replace('.', '\\.')}\\s*=\\s*["']([^"']*)["']`).exec(
    attributes,
  );
  return { name: qualified.slice(colon + 1), namespace: namespace?.[1]?.trim() ?? '' };
}
