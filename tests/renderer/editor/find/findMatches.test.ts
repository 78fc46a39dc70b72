import { describe, expect, it } from 'vitest';
import { storySchema } from '@shared/editor/storySchema';
import { findMatches } from '../../../../src/renderer/src/editor/find/findMatches';

const schema = storySchema();

function docOf(...content: object[]) {
  return schema.nodeFromJSON({ type: 'doc', content });
}

function paragraph(...content: object[]) {
  return { type: 'paragraph', content };
}

function text(value: string, ...marks: string[]) {
  return marks.length
    ? { type: 'text', text: value, marks: marks.map((type) => ({ type })) }
    : { type: 'text', text: value };
}

function matchedTexts(doc: ReturnType<typeof docOf>, query: string, caseSensitive = false): string[] {
  return findMatches(doc, query, caseSensitive).map(({ from, to }) => doc.textBetween(from, to));
}

describe('findMatches', () => {
  it('matches a word even where bold starts halfway through it', () => {
    const doc = docOf(paragraph(text('Zel'), text('ensky', 'bold'), text(' spoke.')));

    expect(findMatches(doc, 'zelensky', false)).toEqual([{ from: 1, to: 9 }]);
  });

  it('ignores case unless asked not to', () => {
    const doc = docOf(paragraph(text('Peace talks. PEACE. peace.')));

    expect(matchedTexts(doc, 'peace')).toEqual(['Peace', 'PEACE', 'peace']);
    expect(matchedTexts(doc, 'peace', true)).toEqual(['peace']);
  });

  it('takes the query literally, regular expression characters included', () => {
    const doc = docOf(paragraph(text('Costs rose (again) by $1.5m [est.] to a+b, not a1b.')));

    expect(matchedTexts(doc, '(again)')).toEqual(['(again)']);
    expect(matchedTexts(doc, '$1.5m [est.]')).toEqual(['$1.5m [est.]']);
    expect(matchedTexts(doc, 'a+b')).toEqual(['a+b']);
    expect(matchedTexts(doc, 'a.b')).toEqual([]);
    expect(matchedTexts(doc, '\\')).toEqual([]);
  });

  it('never matches across two blocks or across a line break', () => {
    const doc = docOf(
      paragraph(text('end of one')),
      paragraph(text('two'), { type: 'hardBreak' }, text('three')),
    );

    expect(matchedTexts(doc, 'onetwo')).toEqual([]);
    expect(matchedTexts(doc, 'twothree')).toEqual([]);
    expect(matchedTexts(doc, 'three')).toEqual(['three']);
  });

  it('searches quoted words and notes, but not the fields of datelines and attributions', () => {
    const doc = docOf(
      { type: 'dateline', attrs: { city: 'Istanbul' } },
      {
        type: 'quote',
        content: [
          { type: 'quoteText', content: [paragraph(text('Istanbul is ready.'))] },
          { type: 'quoteAttribution', attrs: { speaker: 'Istanbul mayor' } },
        ],
      },
      { type: 'editorNote', content: [paragraph(text('Check Istanbul spelling'))] },
    );

    expect(matchedTexts(doc, 'istanbul')).toEqual(['Istanbul', 'Istanbul']);
  });

  it('finds nothing for an empty query', () => {
    expect(findMatches(docOf(paragraph(text('Anything'))), '', false)).toEqual([]);
  });
});
