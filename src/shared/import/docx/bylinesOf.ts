import type { Byline } from '../../story/story';
import { parseByline } from '../recognize/top/parseByline';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

const FIELD_OF_CLASS: Record<string, keyof Byline> = {
  author: 'name',
  'author-title': 'title',
  'author-organization': 'organization',
};

/** The people of a byline paragraph whose parts are marked (Copydesk's export): each name opens a byline. */
function markedBylines(paragraph: Element): Byline[] {
  const bylines: Byline[] = [];
  for (const part of paragraph.querySelectorAll('.author, .author-title, .author-organization')) {
    const field = FIELD_OF_CLASS[part.className]!;
    if (field === 'name') bylines.push({ name: '', title: '', organization: '' });
    const byline = bylines.at(-1);
    if (byline) byline[field] = collapse(part.textContent ?? '');
  }
  return bylines;
}

/**
 * The bylines of one paragraph: from its marked parts when it has them, else recognized from its words
 * ("By Jane Doe, Reuters"); null when the words are no byline.
 */
export function bylinesOf(paragraph: Element): Byline[] | null {
  if (paragraph.querySelector('.author')) return markedBylines(paragraph);
  const recognized = parseByline(collapse(paragraph.textContent ?? ''));
  return recognized?.map(({ name, title, organization }) => ({ name, title, organization })) ?? null;
}
