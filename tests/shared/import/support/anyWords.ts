import fc from 'fast-check';
import type { Story } from '@shared/story/story';
import { sampleStory, storyOf } from '../../export/support/stories';

/** Any words a writer could type into one field: no control characters, single spaces, never empty. */
export const anyWords = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .map((text) =>
    text
      .replace(/(?![\t\n\r])[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/gu, '')
      .replace(/\s+/g, ' ')
      .trim(),
  )
  .filter((text) => text !== '');

/** The sample story with these words as its headline, its one keyword and section, one byline and its body. */
export function storyOfWords(headline: string, keyword: string, name: string, text: string): Story {
  return storyOf({
    ...sampleStory(),
    headline,
    keywords: [keyword],
    section: keyword,
    bylines: [{ name, title: '', organization: '' }],
    body: {
      type: 'doc',
      content: [
        { type: 'dateline', attrs: { city: 'Kherson', region: '', date: '', source: '' } },
        { type: 'paragraph', content: [{ type: 'text', text }] },
      ],
    },
  });
}
