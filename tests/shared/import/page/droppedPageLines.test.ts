import { describe, expect, it } from 'vitest';
import { htmlDocument } from '@shared/import/html/htmlDocument';
import { containsWords, droppedPageLines } from '@shared/import/page/droppedPageLines';
import { pageLines } from '@shared/import/page/pageLines';

describe('containsWords', () => {
  it('matches whole words only', () => {
    expect(containsWords('talks went on Wednesday', 'on')).toBe(true);
    expect(containsWords('continuing talks', 'on')).toBe(false);
    expect(containsWords('By Jane Doe, Reuters', 'Jane Doe')).toBe(true);
  });
});

describe('droppedPageLines', () => {
  const page = htmlDocument(
    '<nav><a>Home</a><a>Politics</a></nav><div><span>Published</span> <span>on</span></div><h1>Talks</h1><p>Story paragraph one goes on.</p><aside><p>Sign up today for more</p></aside><footer><p>© Paper</p></footer>',
  ).body;
  const lines = pageLines(page);

  it('lists each line the story does not hold, with where it stood', () => {
    expect(
      droppedPageLines(lines, ['Story paragraph one goes on.'], {
        article: 'Story paragraph one goes on.',
        fields: ['Talks'],
      }),
    ).toEqual([
      { text: 'Home', reason: 'web boilerplate' },
      { text: 'Politics', reason: 'navigation' },
      { text: 'Published', reason: 'web boilerplate' },
      { text: 'on', reason: 'web boilerplate' },
      { text: 'Sign up today for more', reason: 'sidebar' },
      { text: '© Paper', reason: 'page footer' },
    ]);
  });
});
