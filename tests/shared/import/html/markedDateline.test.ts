import { describe, expect, it } from 'vitest';
import { htmlDocument } from '@shared/import/html/htmlDocument';
import { leadingDateline, takeMarkedDateline } from '@shared/import/html/markedDateline';

describe('leadingDateline', () => {
  it('reads the dateline opening a lede, with its city as a name', () => {
    expect(leadingDateline('KHERSON, Ukraine, Nov. 24 (AP) — Officials said', '2026-11-30')).toEqual({
      fields: { city: 'Kherson', region: 'Ukraine', date: '2026-11-24', source: 'AP' },
      rest: 'Officials said',
    });
  });

  it('finds none in a sentence', () => {
    expect(leadingDateline('Officials said on Monday — later — that')).toBeNull();
  });
});

describe('takeMarkedDateline', () => {
  it('takes Copydesk’s span with its data fields out of the lede', () => {
    const { body } = htmlDocument(
      '<p><span class="dateline" data-city="Istanbul" data-region="Turkey">ISTANBUL, Turkey —</span> Talks began.</p>',
    );
    expect(takeMarkedDateline(body)).toEqual({ city: 'Istanbul', region: 'Turkey', date: '', source: '' });
    expect(body.innerHTML).toBe('<p>Talks began.</p>');
  });

  it('reads a marked dateline without data fields from its words, and removes its emptied paragraph', () => {
    const { body } = htmlDocument('<p class="dateline">ROCHESTER, N.Y. (Reuters) -</p><p>Lede.</p>');
    expect(takeMarkedDateline(body)).toEqual({
      city: 'Rochester',
      region: 'N.Y.',
      date: '',
      source: 'Reuters',
    });
    expect(body.innerHTML).toBe('<p>Lede.</p>');
  });

  it('leaves a whole lede marked "dateline" to the lede’s recognition', () => {
    const { body } = htmlDocument('<p class="dateline">ISTANBUL — Talks began on Wednesday.</p>');
    expect(takeMarkedDateline(body)).toBeNull();
    expect(body.textContent).toBe('ISTANBUL — Talks began on Wednesday.');
  });

  it('ignores a marked date that is no dateline', () => {
    const { body } = htmlDocument('<div class="dateline">November 24, 2026</div>');
    expect(takeMarkedDateline(body)).toBeNull();
    expect(body.textContent).toBe('November 24, 2026');
  });
});
