/** A word of a paragraph with its punctuation, and where it stands, so a match can be mapped back to the text. */
export interface Token {
  raw: string;
  /** The word without the quotation marks, brackets and clause punctuation around it. */
  bare: string;
  /** `bare` lowercased without dots, the form every word list in this folder is written in. */
  key: string;
  start: number;
  end: number;
}

const LEADING = /^["“‘'«„([{]+/u;
// The lookbehinds let a run of marks be tried from its first mark only: linear on any input.
const TRAILING = /(?<!["”’'»)\]},;:!?…])["”’'»)\]},;:!?…]+$/u;
const FINAL_PERIOD = /(?<!\.)\.+$/;

const PLAIN_WORD = /^[\p{L}\p{N}](?:.*[\p{L}\p{N}])?$/u;

function bareOf(raw: string): string {
  if (PLAIN_WORD.test(raw)) return raw;
  if (isPunctuationOnly(raw)) return '';
  let bare = raw.replace(LEADING, '');
  // Peel closing marks and periods in turns: `leaders.”` and `N.Y.),` both end in mixed punctuation.
  for (let i = 0; i < 3; i += 1) bare = bare.replace(TRAILING, '').replace(FINAL_PERIOD, '');
  return bare;
}

export function keyOf(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('.') ? lower.replace(/\./g, '') : lower;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  // Matched inside the slice only: a word running past `to` must not be scanned to its end every time.
  const segment = from === 0 && to === text.length ? text : text.slice(from, to);
  for (const match of segment.matchAll(/\S+/gu)) {
    const raw = match[0];
    const bare = bareOf(raw);
    const start = from + match.index;
    tokens.push({ raw, bare, key: keyOf(bare), start, end: start + raw.length });
  }
  return tokens;
}

/** The word ends its clause: `Peskov,` `president;`. */
export function endsClause(token: Token): boolean {
  return /[,;:]["”’»)]*$/u.test(token.raw);
}

export function isCapitalized(word: string): boolean {
  const code = word.charCodeAt(0);
  // Words are looked at many times over: ASCII, most of them, is answered without the Unicode tables.
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(word);
}

export function isPunctuationOnly(text: string): boolean {
  return /^[\s\p{P}\p{S}]*$/u.test(text);
}
