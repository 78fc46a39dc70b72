import type { NinjsFields } from './ninjsFields';

/** The body the importer reads: HTML when the item has it (it keeps the structure), else plain text. */
export interface NinjsBodySource {
  kind: 'html' | 'text';
  value: string;
}

interface Candidate extends NinjsBodySource {
  main: boolean;
}

// 1.x and 2.x wire feeds name an HTML body `body_html`, `body_xhtml` or `richtext`, or give it the media
// type `body_xhtml`, as IPTC's own example does.
const HTML_NAME = /html|xml|richtext/i;
const PLAIN_TYPE = /^text\/plain/i;
const MARKUP = /<\/?(?:p|div|br|h[1-6]|section|article|body|ul|ol|li|blockquote|figure|span|strong|em|a)\b/i;

function kindOf(role: string, contentType: string, value: string): NinjsBodySource['kind'] {
  if (HTML_NAME.test(contentType)) return 'html';
  if (PLAIN_TYPE.test(contentType)) return 'text';
  if (HTML_NAME.test(role)) return 'html';
  return MARKUP.test(value) ? 'html' : 'text';
}

function candidates(item: NinjsFields & Record<string, unknown>): Candidate[] {
  const listed = (item.bodies ?? []).map(({ role, contentType, contenttype, value }) => ({
    kind: kindOf(role ?? '', contentType ?? contenttype ?? '', value),
    value,
    main: (role ?? 'main').toLowerCase() === 'main',
  }));
  const suffixed = Object.entries(item)
    .filter(([key, value]) => key.startsWith('body_') && typeof value === 'string')
    .map(([key, value]) => ({
      kind: kindOf(key, '', value as string),
      value: value as string,
      main: key === 'body_html' || key === 'body_text' || key === 'body_main',
    }));
  return [...listed, ...suffixed].filter((candidate) => candidate.value.trim() !== '');
}

/**
 * The item's main body: of the bodies it holds (2.x and 3.x list them in `bodies`, 1.x names them
 * `body_*`), HTML before plain text, the main one first. Null when the item has no body.
 */
export function ninjsBodySource(item: NinjsFields & Record<string, unknown>): NinjsBodySource | null {
  const all = candidates(item);
  const html = all.filter((candidate) => candidate.kind === 'html');
  const text = all.filter((candidate) => candidate.kind === 'text');
  const chosen =
    html.find((candidate) => candidate.main) ??
    html[0] ??
    text.find((candidate) => candidate.main) ??
    text[0];
  return chosen ? { kind: chosen.kind, value: chosen.value } : null;
}
