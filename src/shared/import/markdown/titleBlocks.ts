import type { Byline } from '../../story/story';
import { markdownByline } from './markdownByline';

export interface TitleBlock<T> {
  value: T;
  /** The block it was read from, still in the body: the caller takes it out once the value is kept. */
  element: Element;
}

export interface TitleBlocks {
  headline: TitleBlock<string> | null;
  subheadline: TitleBlock<string> | null;
  bylines: TitleBlock<Byline[]> | null;
}

const isParagraph = (element: Element | null): element is Element => element?.tagName === 'P';

function isWhollyItalic(paragraph: Element): boolean {
  const [only] = paragraph.children;
  return (
    paragraph.children.length === 1 &&
    only?.tagName === 'EM' &&
    (paragraph.textContent ?? '').trim() === (only.textContent ?? '').trim()
  );
}

/**
 * The story's top as our exporter writes it and most Markdown stories open: the first `#` heading is the
 * headline, an italic line right under it the subheadline, and a `By …` line under those the bylines.
 */
export function titleBlocks(root: Element): TitleBlocks {
  const heading = [...root.children].find((element) => element.tagName === 'H1') ?? null;
  const headline = heading ? { value: (heading.textContent ?? '').trim(), element: heading } : null;
  let next = heading ? heading.nextElementSibling : root.firstElementChild;
  let subheadline: TitleBlock<string> | null = null;
  if (heading && isParagraph(next) && isWhollyItalic(next)) {
    subheadline = { value: (next.textContent ?? '').trim(), element: next };
    next = next.nextElementSibling;
  }
  const people = isParagraph(next) ? markdownByline(next) : null;
  const bylines = people && next ? { value: people, element: next } : null;
  return { headline, subheadline, bylines };
}
