import { describe, expect, it } from 'vitest';
import { captionFields, captionTextFields } from '@shared/import/html/captionFields';
import { htmlDocument } from '@shared/import/html/htmlDocument';

const caption = (html: string) =>
  htmlDocument(`<figcaption>${html}</figcaption>`).querySelector('figcaption')!;

describe('captionTextFields', () => {
  it.each([
    ['— Dmitri Peskov', { speaker: 'Dmitri Peskov', title: '', organization: '', context: '' }],
    [
      '— Dmitri Peskov, spokesperson, Kremlin',
      { speaker: 'Dmitri Peskov', title: 'spokesperson', organization: 'Kremlin', context: '' },
    ],
    [
      '― Volodymyr Zelensky, Ukrainian President, at a press conference',
      {
        speaker: 'Volodymyr Zelensky',
        title: 'Ukrainian President',
        organization: '',
        context: 'at a press conference',
      },
    ],
    [
      '- Jane Doe, during a briefing, in Kyiv',
      { speaker: 'Jane Doe', title: '', organization: '', context: 'during a briefing, in Kyiv' },
    ],
    ['— A, B, C, D', { speaker: 'A', title: 'B', organization: 'C, D', context: '' }],
    ['', { speaker: '', title: '', organization: '', context: '' }],
  ])('reads %j', (text, fields) => {
    expect(captionTextFields(text)).toEqual(fields);
  });
});

describe('captionFields', () => {
  it('reads Copydesk’s marked-up fields exactly, commas and all', () => {
    const fields = captionFields(
      caption(
        '— <span class="speaker">Smith, John</span>, <span class="speaker-title">Mayor</span>, <span class="quote-context">at a rally, Tuesday</span>',
      ),
    );
    expect(fields).toEqual({
      speaker: 'Smith, John',
      title: 'Mayor',
      organization: '',
      context: 'at a rally, Tuesday',
    });
  });

  it('reads the rest from the text when only the speaker is marked', () => {
    expect(captionFields(caption('— <span class="speaker">Jane Doe</span>, spokesperson, Reuters'))).toEqual({
      speaker: 'Jane Doe',
      title: 'spokesperson',
      organization: 'Reuters',
      context: '',
    });
  });

  it('reads an unmarked caption from its text', () => {
    expect(captionFields(caption('— Jane Doe, at a rally'))).toMatchObject({
      speaker: 'Jane Doe',
      context: 'at a rally',
    });
  });
});
