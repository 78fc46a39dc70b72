import type { Byline } from '../../story/story';
import { bylinesOf } from './bylinesOf';

export interface StoryHeader {
  headline: string;
  subheadline: string;
  bylines: Byline[];
}

// How many paragraphs under the headline a byline typed as plain text is looked for in.
const BYLINE_SEARCH_PARAGRAPHS = 3;

/** A paragraph's words on one line: a line break in a headline is only where it was set to wrap. */
function lineOf(element: Element): string {
  for (const lineBreak of [...element.querySelectorAll('br')]) lineBreak.replaceWith(' ');
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const hasText = (element: Element) => (element.textContent ?? '').trim() !== '';

/** The headline's paragraph: the Title style's, else a Heading 1 above every paragraph of copy. */
function headlineElement(root: Element): Element | null {
  const title = root.querySelector(':scope > p.title');
  if (title) return title;
  for (const element of root.children) {
    if (element.tagName === 'H1') return element;
    if (hasText(element) && !element.matches('p.subtitle, p.byline')) return null;
  }
  return null;
}

/** Bylines typed as plain paragraphs just under the headline: "By Jane Doe, Reuters". */
function takeTypedBylines(root: Element): Byline[] {
  const bylines: Byline[] = [];
  const top = [...root.children].filter(hasText).slice(0, BYLINE_SEARCH_PARAGRAPHS);
  for (const element of top) {
    if (element.tagName !== 'P' || element.className !== '') break;
    const found = bylinesOf(element);
    if (!found) break;
    bylines.push(...found);
    element.remove();
  }
  return bylines;
}

/**
 * Takes the headline (Title, or the Heading 1 that opens the document), the subheadline (Subtitle) and the
 * bylines (Byline paragraphs, else "By …" lines under the headline) out of the document: they are story
 * fields, not body copy.
 */
export function takeStoryHeader(root: Element): StoryHeader {
  const headline = headlineElement(root);
  const subheadline = root.querySelector(':scope > p.subtitle');
  const header: StoryHeader = {
    headline: headline ? lineOf(headline) : '',
    subheadline: subheadline ? lineOf(subheadline) : '',
    bylines: [],
  };
  headline?.remove();
  subheadline?.remove();
  for (const paragraph of [...root.querySelectorAll(':scope > p.byline')]) {
    header.bylines.push(...(bylinesOf(paragraph) ?? []));
    paragraph.remove();
  }
  if (header.bylines.length === 0) header.bylines = takeTypedBylines(root);
  return header;
}
