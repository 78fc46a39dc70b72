import { describe, expect, it } from 'vitest';
import { htmlDocument } from '@shared/import/html/htmlDocument';
import { headerBylines } from '@shared/import/page/headerBylines';
import { pageBylines } from '@shared/import/page/pageBylines';

const byline = (html: string) => htmlDocument(`<p class="byline">${html}</p>`).querySelector('p')!;

describe('headerBylines', () => {
  it('reads each person with their own title and organization', () => {
    expect(
      headerBylines(
        byline(
          'By <span class="author">A</span>, <span class="author-title">Chief</span>, <span class="author-organization">Org</span>, and <span class="author">B</span>',
        ),
      ),
    ).toEqual([
      { name: 'A', title: 'Chief', organization: 'Org' },
      { name: 'B', title: '', organization: '' },
    ]);
  });

  it('gives an organization after several bare names to all of them', () => {
    expect(
      headerBylines(
        byline(
          'By <span class="author">A</span> and <span class="author">B</span>, <span class="author-organization">Reuters</span>',
        ),
      ),
    ).toEqual([
      { name: 'A', title: '', organization: 'Reuters' },
      { name: 'B', title: '', organization: 'Reuters' },
    ]);
  });
});

describe('pageBylines', () => {
  it('reads a byline line, with or without its "By"', () => {
    expect(pageBylines('By Jane Doe, Reuters')).toEqual([
      { name: 'Jane Doe', title: '', organization: 'Reuters' },
    ]);
    expect(pageBylines('Jane Doe and John Roe')).toEqual([
      { name: 'Jane Doe', title: '', organization: '' },
      { name: 'John Roe', title: '', organization: '' },
    ]);
  });

  it('takes a dateline or nothing for no byline', () => {
    expect(pageBylines('ISTANBUL, Turkey —')).toEqual([]);
    expect(pageBylines('')).toEqual([]);
  });
});
