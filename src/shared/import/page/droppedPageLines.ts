import type { DroppedLine } from '../recognize/recognizedCopy';
import type { PageLine } from './pageLines';
import { pagePartReason } from './pagePartReason';

/** How many left-out lines the report lists one by one; the rest are counted. */
export const MAX_LISTED_LINES = 200;
const MAX_LINE_LENGTH = 300;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
// Below this many words a line found inside a paragraph proves nothing: "on" and "Home" are in most stories.
const MIN_WORDS_INSIDE = 3;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when `text` stands in `within` as whole words, not as the end of one and the start of another. */
export function containsWords(within: string, text: string): boolean {
  for (let at = within.indexOf(text); at >= 0; at = within.indexOf(text, at + 1)) {
    const before = within[at - 1] ?? ' ';
    const after = within[at + text.length] ?? ' ';
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true;
  }
  return false;
}
const clipped = (text: string) =>
  text.length > MAX_LINE_LENGTH ? `${text.slice(0, MAX_LINE_LENGTH - 1)}…` : text;

export interface KeptText {
  /** The article's text as extracted, in one string. */
  article: string;
  /** Lines the story keeps outside its body: headline, byline, section. */
  fields: string[];
}

/**
 * Every line of the page that the story does not hold, with why it was left out, in page order: the first
 * MAX_LISTED_LINES of them, then one line counting the rest. Past the listed ones, a line is only matched
 * whole against the article's lines, so a huge page is not searched line by line.
 */
export function droppedPageLines(page: PageLine[], articleLines: string[], kept: KeptText): DroppedLine[] {
  const article = collapse(kept.article);
  const whole = new Set([...articleLines.map(collapse), ...kept.fields.map(collapse)]);
  const inStory = (text: string, thorough: boolean) =>
    whole.has(text) ||
    (thorough &&
      ((text.split(' ').length >= MIN_WORDS_INSIDE && containsWords(article, text)) ||
        kept.fields.some((field) => containsWords(field, text))));
  const articleSet = new Set(articleLines.map(collapse));
  const firstArticleLine = page.findIndex((line) => articleSet.has(line.text));
  const dropped: DroppedLine[] = [];
  let unlisted = 0;
  page.forEach((line, at) => {
    const listing = dropped.length < MAX_LISTED_LINES;
    if (inStory(line.text, listing)) return;
    if (!listing) {
      unlisted += 1;
      return;
    }
    const above = firstArticleLine < 0 || at < firstArticleLine;
    dropped.push({ text: clipped(line.text), reason: pagePartReason(line.text, line.element, above) });
  });
  if (unlisted > 0)
    dropped.push({ text: `… and ${unlisted} more line${unlisted === 1 ? '' : 's'}`, reason: 'not listed' });
  return dropped;
}
