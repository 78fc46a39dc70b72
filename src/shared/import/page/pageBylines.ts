import type { Byline } from '../../story/story';
import { parseDateline } from '../recognize/recognizeCopy';
import { parseByline } from '../recognize/top/parseByline';

/**
 * The people in the byline Readability found ("By Jane Doe, Reuters", or only "Jane Doe"), read as the plain
 * text importer reads a byline line. None when the words are not a byline, e.g. a dateline some pages mark
 * with the same class.
 */
export function pageBylines(byline: string): Byline[] {
  const line = byline.replace(/\s+/g, ' ').trim();
  if (!line || parseDateline(line)) return [];
  const people = parseByline(line) ?? parseByline(`By ${line}`) ?? [];
  return people.map(({ name, title, organization }) => ({ name, title, organization }));
}
