import { describe, expect, it } from 'vitest';
import { quotesOfBlocks } from '@shared/import/html/quotesOfBlocks';
import type { EditorNodeJson } from '@shared/story/editorDocument';

const paragraph = (value: string): EditorNodeJson => ({
  type: 'paragraph',
  content: [{ type: 'text', text: value }],
});
const quoteBlock: EditorNodeJson = {
  type: 'quote',
  attrs: { display: 'blockquote' },
  content: [
    { type: 'quoteText', content: [paragraph('First.'), paragraph('Second.')] },
    {
      type: 'quoteAttribution',
      attrs: { speaker: 'Jane Doe', title: 'mayor', organization: '', context: '' },
    },
  ],
};

describe('quotesOfBlocks', () => {
  const blocks = [
    paragraph('Kremlin spokesperson Dmitri Peskov spoke to reporters in Moscow on Tuesday.'),
    paragraph('“We intend to defend our interests,” he said.'),
    quoteBlock,
    paragraph(
      'The talks, Peskov said, would go on. “It will take time,” he added after the meeting ended late.',
    ),
  ];

  it('lists every quote in story order, quote blocks included', () => {
    const { quotes } = quotesOfBlocks(blocks, { makeQuoteBlocks: false });
    expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['We intend to defend our interests.', 'Dmitri Peskov'],
      ['First. Second.', 'Jane Doe'],
      ['It will take time.', 'Dmitri Peskov'],
    ]);
    expect(quotes[1]).toMatchObject({ title: 'mayor', standalone: true, verb: '' });
  });

  it('turns a paragraph that is only a quote into a quote block when asked', () => {
    const made = quotesOfBlocks(blocks, { makeQuoteBlocks: true });
    expect(made.blocks[1]!.type).toBe('quote');
    expect(made.blocks[1]!.content![1]!.attrs).toMatchObject({ speaker: 'Dmitri Peskov' });
    expect(made.blocks[3]!.type).toBe('paragraph');
    expect(quotesOfBlocks(blocks, { makeQuoteBlocks: false }).blocks).toEqual(blocks);
  });

  it('keeps each listed quote within the story’s limits', () => {
    const long = `“${'word '.repeat(1200).trim()},” she said.`;
    const [quote] = quotesOfBlocks([paragraph(long)], { makeQuoteBlocks: false }).quotes;
    expect(quote!.text.length).toBeLessThanOrEqual(5000);
    expect(quote!.text.endsWith('…')).toBe(true);
  });
});
