import { describe, expect, it } from 'vitest';
import { countWords, wordCountOf } from '@shared/story/wordCount';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('word count', () => {
  it.each([
    ['', 0],
    ['one', 1],
    ["Zelensky's proposal, a 10-year-old boy", 5],
    ['U.S. officials said 3.5 million', 5],
    ['  spaced   out  ', 2],
    ['Путин сказал', 2],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it('counts body text but not the dateline, attributions or editor notes', () => {
    const document = {
      type: 'doc',
      content: [
        { type: 'dateline', attrs: { city: 'Istanbul' } },
        paragraph('Talks began today.'),
        {
          type: 'quote',
          content: [
            { type: 'quoteText', content: [paragraph('We will win.')] },
            { type: 'quoteAttribution', attrs: { speaker: 'A Person' } },
          ],
        },
        { type: 'editorNote', content: [paragraph('Check the casualty figures before release')] },
        { type: 'attribution', attrs: { names: 'Jane Doe' } },
      ],
    };
    expect(wordCountOf(document)).toBe(6);
  });
});

describe('word count across marks and breaks', () => {
  it('counts a word split by a mark once, and a hard break as a space', () => {
    const document = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'hel' },
            { type: 'text', text: 'lo', marks: [{ type: 'bold' }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'world' },
          ],
        },
      ],
    };
    expect(wordCountOf(document)).toBe(2);
  });
});
