import { describe, expect, it } from 'vitest';
import { recognizeCopy } from '@shared/import/recognize/recognizeCopy';
import { creditDashAttributed, liftDashAttributions } from '@shared/import/recognize/quotes/dashAttributions';
import { findQuotes } from '@shared/import/recognize/recognizeCopy';

function quotesOf(paragraphs: string[]) {
  const { paragraphs: lifted, attributions } = liftDashAttributions(paragraphs);
  return { paragraphs: lifted, quotes: creditDashAttributed(findQuotes(lifted), attributions) };
}

describe('quotes credited on the line under them', () => {
  it('takes the speaker, title and context from the dash line and drops the line from the body', () => {
    const { paragraphs, quotes } = quotesOf([
      'The talks went on.',
      '“We must put an end to this war.”',
      '— Volodymyr Zelensky, Ukrainian President, during a press conference',
    ]);
    expect(paragraphs).toEqual(['The talks went on.', '“We must put an end to this war.”']);
    expect(quotes).toEqual([
      {
        text: 'We must put an end to this war.',
        speaker: 'Volodymyr Zelensky',
        title: 'Ukrainian President',
        organization: '',
        context: 'during a press conference',
        verb: '',
        paragraph: 1,
        standalone: true,
      },
    ]);
  });

  it('joins a quote run over several paragraphs, the first left open as news style does', () => {
    const { paragraphs, quotes } = quotesOf([
      '“We must put an end to this war.',
      '“It starts with a meeting.”',
      '― Volodymyr Zelensky',
    ]);
    expect(paragraphs).toEqual(['“We must put an end to this war. It starts with a meeting.”']);
    expect(quotes).toMatchObject([
      { speaker: 'Volodymyr Zelensky', text: 'We must put an end to this war. It starts with a meeting.' },
    ]);
  });

  it.each([
    [['The talks went on.', '— Volodymyr Zelensky']],
    [['“Peace now,” she said, and “soon.”', '— Olena Kovalenko']],
    [['“Peace now.”', '— and then the talks stalled.']],
    [['«Ειρήνη τώρα», & <tags> stay "text"', '— Giorgos Papadopoulos']],
  ])('leaves a dash line alone when the paragraph above is not one quote: %j', (lines) => {
    expect(liftDashAttributions(lines)).toEqual({ paragraphs: lines, attributions: new Map() });
  });

  it('makes the quote a quote block of its own when recognizing copy', () => {
    const copy = recognizeCopy([
      'ISTANBUL, Turkey — Talks resumed on Wednesday.',
      '“There is no reason to expect miraculous progress.”',
      '— Dmitri Peskov, Kremlin spokesperson',
    ]);
    expect(copy.quotes).toMatchObject([
      { speaker: 'Dmitri Peskov', title: 'Kremlin spokesperson', standalone: true, paragraph: 1 },
    ]);
  });
});
