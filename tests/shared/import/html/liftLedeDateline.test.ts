import { describe, expect, it } from 'vitest';
import { liftLedeDateline } from '@shared/import/html/liftLedeDateline';
import type { EditorNodeJson } from '@shared/story/editorDocument';

const text = (value: string, marks?: EditorNodeJson['marks']): EditorNodeJson =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const paragraph = (...content: EditorNodeJson[]): EditorNodeJson => ({ type: 'paragraph', content });

describe('liftLedeDateline', () => {
  it('lifts the dateline out of the lede, keeping the marks of the rest', () => {
    const blocks = [
      paragraph(text('WASHINGTON, Feb 26 - The '), text('Senate', [{ type: 'bold' }]), text(' voted.')),
    ];
    expect(liftLedeDateline(blocks, '2026-03-01')).toEqual({
      dateline: { city: 'Washington', region: '', date: '2026-02-26', source: '' },
      blocks: [paragraph(text('The '), text('Senate', [{ type: 'bold' }]), text(' voted.'))],
    });
  });

  it('drops a lede that was only the dateline', () => {
    const blocks = [paragraph(text('ISTANBUL, Turkey —')), paragraph(text('Talks began.'))];
    expect(liftLedeDateline(blocks).blocks).toEqual([paragraph(text('Talks began.'))]);
  });

  it('finds none when a heading comes before the lede', () => {
    const blocks = [
      { type: 'heading', attrs: { level: 2 }, content: [text('Sub')] },
      paragraph(text('ISTANBUL — x')),
    ];
    expect(liftLedeDateline(blocks)).toEqual({ dateline: null, blocks });
  });

  it('finds none in a lede that opens otherwise', () => {
    const blocks = [paragraph(text('Officials said on Monday.'))];
    expect(liftLedeDateline(blocks)).toEqual({ dateline: null, blocks });
  });
});
