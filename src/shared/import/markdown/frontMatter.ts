import { type FrontMatterEntry, readFrontMatterLines } from './frontMatterYaml';

export interface SplitSource {
  /** The front matter's keys in order; empty when the file has none. */
  entries: FrontMatterEntry[];
  /** The Markdown after the front matter. */
  body: string;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;
// A front matter opens with a key on the very next line; a rule that opens a story is followed by a blank
// line or text, never `word:`.
const FIRST_KEY = /^[A-Za-z_][\w-]*[ \t]*:(?:\s|$)/;

/** Jekyll's, Hugo's and Pandoc's YAML block at the top of a file, split from the Markdown under it. */
export function splitFrontMatter(source: string): SplitSource {
  const opening = OPENING.exec(source);
  if (!opening) return { entries: [], body: source };
  const lines = source.slice(opening[0].length).split(/\r?\n/);
  if (!FIRST_KEY.test(lines[0] ?? '')) return { entries: [], body: source };
  const end = lines.findIndex((line) => CLOSING.test(line));
  if (end < 0) return { entries: [], body: source };
  const entries = readFrontMatterLines(lines.slice(0, end));
  if (entries === null) return { entries: [], body: source };
  return { entries, body: lines.slice(end + 1).join('\n') };
}
