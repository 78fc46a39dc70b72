import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EditorState } from '@tiptap/pm/state';
import { storySchema } from '@shared/editor/storySchema';
import { wordCountOfDoc } from '@shared/editor/wordCount/wordCountOfDoc';
import type { EditorNodeJson } from '@shared/story/editorDocument';
import { wordCountOf } from '@shared/story/wordCount';
import sampleStory from '../../../../resources/samples/istanbul-peace-talks.story.json';

const words = fc.array(fc.constantFrom('Kyiv', 'said', '10-year-old', 'U.S.', 'Путин', ' ', ',', '—', 'ab'), {
  maxLength: 8,
});
const text = words.map((parts) => parts.join(' ').trim()).filter((joined) => joined.length > 0);
const inline = fc.array(
  fc.oneof(
    text.map((value): EditorNodeJson => ({ type: 'text', text: value })),
    text.map((value): EditorNodeJson => ({ type: 'text', text: value, marks: [{ type: 'bold' }] })),
    fc.constant<EditorNodeJson>({ type: 'hardBreak' }),
  ),
  { maxLength: 5 },
);
const paragraph = inline.map((content): EditorNodeJson => ({ type: 'paragraph', content }));
const block = fc.oneof(
  paragraph,
  inline.map((content): EditorNodeJson => ({ type: 'heading', attrs: { level: 2 }, content })),
  fc
    .array(paragraph, { minLength: 1, maxLength: 3 })
    .map((content): EditorNodeJson => ({ type: 'editorNote', content })),
  fc.array(paragraph, { minLength: 1, maxLength: 2 }).map((content): EditorNodeJson => ({
    type: 'quote',
    content: [
      { type: 'quoteText', content },
      { type: 'quoteAttribution', attrs: { speaker: 'Dmitri Peskov', title: 'spokesperson' } },
    ],
  })),
  fc.array(paragraph, { minLength: 1, maxLength: 2 }).map((items): EditorNodeJson => ({
    type: 'bulletList',
    content: items.map((item) => ({ type: 'listItem', content: [item] })),
  })),
);
const documents = fc
  .array(block, { minLength: 1, maxLength: 8 })
  .map((content): EditorNodeJson => ({ type: 'doc', content }));

describe('wordCountOfDoc', () => {
  it('agrees with the JSON count on any document', () => {
    fc.assert(
      fc.property(documents, (json) => {
        expect(wordCountOfDoc(storySchema().nodeFromJSON(json))).toBe(wordCountOf(json));
      }),
    );
  });

  it('agrees with the JSON count on the sample story', () => {
    const body = sampleStory.body as EditorNodeJson;
    expect(wordCountOfDoc(storySchema().nodeFromJSON(body))).toBe(wordCountOf(body));
  });

  it('counts an edited block again while reusing the blocks the edit left alone', () => {
    const before = storySchema().nodeFromJSON({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Talks began' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'in Istanbul' }] },
      ],
    });
    expect(wordCountOfDoc(before)).toBe(4);
    const after = EditorState.create({ doc: before }).tr.insertText(' today', before.content.size - 1).doc;
    expect(after.firstChild).toBe(before.firstChild);
    expect(wordCountOfDoc(after)).toBe(5);
  });
});
