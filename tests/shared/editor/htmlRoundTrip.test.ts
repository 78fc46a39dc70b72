// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { EditorNodeJson } from '@shared/story/editorDocument';
import { doc, paragraph, storyEditor } from './support/storyEditor';

const text = (value: string, marks?: EditorNodeJson['marks']) => ({ type: 'text', text: value, marks });

const BLOCKS: Record<string, EditorNodeJson> = {
  paragraph: {
    type: 'paragraph',
    content: [
      text('Talks '),
      text('began', [{ type: 'bold' }]),
      text(' in '),
      text('Istanbul', [{ type: 'italic' }]),
      text(', said '),
      text('officials', [
        {
          type: 'link',
          attrs: {
            href: 'https://example.com/talks',
            target: '_blank',
            rel: 'noopener noreferrer nofollow',
            class: null,
            title: null,
          },
        },
      ]),
    ],
  },
  subhead: { type: 'heading', attrs: { level: 2 }, content: [text('What comes next')] },
  'smaller subhead': { type: 'heading', attrs: { level: 3 }, content: [text('The prisoners')] },
  'bulleted list': {
    type: 'bulletList',
    content: [
      { type: 'listItem', content: [paragraph('One.')] },
      { type: 'listItem', content: [paragraph('Two.')] },
    ],
  },
  'numbered list': {
    type: 'orderedList',
    attrs: { start: 3, type: null },
    content: [{ type: 'listItem', content: [paragraph('Three.')] }],
  },
  'horizontal rule': { type: 'horizontalRule' },
  'pull quote': {
    type: 'quote',
    attrs: { display: 'pullquote' },
    content: [
      { type: 'quoteText', content: [paragraph('We must put an end to this war.'), paragraph('Soon.')] },
      {
        type: 'quoteAttribution',
        attrs: {
          speaker: 'Volodymyr Zelensky',
          title: 'Ukrainian President',
          organization: 'Office of the President',
          context: 'during a press conference',
        },
      },
    ],
  },
  'credit line': {
    type: 'attribution',
    attrs: {
      kind: 'additional-reporting',
      names: 'Jane Doe and Ali Unal',
      organization: 'Reuters',
      place: 'Ankara',
    },
  },
  "editor's note": { type: 'editorNote', content: [paragraph('Check the toll with police.')] },
};

const DATELINE = {
  type: 'dateline',
  attrs: { city: 'Kherson', region: 'Ukraine', date: '2026-11-24', source: 'AP' },
};

function roundTrip(body: EditorNodeJson): { html: string; json: unknown } {
  const editor = storyEditor(body);
  const html = editor.getHTML();
  editor.commands.setContent(html);
  return { html, json: editor.getJSON() };
}

describe('HTML round trip', () => {
  it('keeps every field of the dateline', () => {
    const body = doc(DATELINE, paragraph('Talks began.'));
    const { html, json } = roundTrip(body);

    expect(html).toContain('KHERSON, Ukraine, Nov. 24 (AP) —');
    expect(json).toEqual(body);
  });

  it.each(Object.entries(BLOCKS))('keeps a %s as it was', (_name, block) => {
    const body = doc(paragraph('Before.'), block, paragraph('After.'));

    expect(roundTrip(body).json).toEqual(body);
  });

  it('keeps a whole story with every kind of block in one document', () => {
    const body = doc(DATELINE, ...Object.values(BLOCKS), paragraph());

    expect(roundTrip(body).json).toEqual(body);
  });

  it('drops a link that would run script or read a file, keeping its words', () => {
    const editor = storyEditor(doc(paragraph()));

    editor.commands.setContent(
      '<p><a href="javascript:alert(1)">one</a> <a href="file:///etc/passwd">two</a> <a href="mailto:desk@example.com">three</a></p>',
    );

    const [plain, linked, ...rest] = editor.getJSON().content?.[0]?.content ?? [];
    expect(plain).toEqual(text('one two '));
    expect(linked).toMatchObject({
      text: 'three',
      marks: [{ type: 'link', attrs: { href: 'mailto:desk@example.com' } }],
    });
    expect(rest).toEqual([]);
  });
});
