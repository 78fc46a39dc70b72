import { wordCountOf } from '@shared/story/wordCount';
import type { EditorNodeJson } from '@shared/story/editorDocument';
import type { Story, StoryDraft } from '@shared/story/story';
import { storyDraftSchema } from '@shared/story/story';
import sample from '../../../../resources/samples/istanbul-peace-talks.story.json';

const text = (value: string, marks?: EditorNodeJson['marks']): EditorNodeJson =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const paragraph = (...content: EditorNodeJson[]): EditorNodeJson => ({ type: 'paragraph', content });

/** A library story around a draft, with fixed ids and times so exports are byte-for-byte repeatable. */
export function storyOf(draft: StoryDraft, id = '6f1c2b4e-8d3a-4c5b-9e7f-0a1b2c3d4e5f'): Story {
  return {
    ...draft,
    id,
    createdAt: '2026-11-24T08:15:00.000Z',
    updatedAt: '2026-11-24T09:40:30.000Z',
    wordCount: wordCountOf(draft.body),
    revision: 7,
    trashedAt: null,
  };
}

/** The seeded sample story (`resources/samples/`), with a byline and a date added as a desk would. */
export function sampleStory(): Story {
  const draft = storyDraftSchema.parse(sample);
  return storyOf({
    ...draft,
    bylines: [{ name: 'Jane Doe', title: 'Staff Correspondent', organization: 'Copydesk News' }],
    status: 'approved',
  });
}

/** Every block and mark the editor makes, an editor's note and desk notes that must never be exported. */
export function everyBlockStory(): Story {
  return storyOf(
    {
      headline: 'Every block: a test story',
      subheadline: 'Subheads, lists, quotes, credits and a rule',
      slug: 'every-block-test-story',
      bylines: [
        { name: 'Olena Kovalenko', title: 'Kyiv Bureau Chief', organization: 'Copydesk News' },
        { name: 'Giorgos Papadopoulos', title: '', organization: '' },
      ],
      section: 'World',
      keywords: ['Ukraine', 'Greece'],
      status: 'in-edit',
      priority: 3,
      language: 'en',
      embargo: '2026-11-25T06:00:00.000Z',
      editorNotes: 'DESK NOTE: legal has not cleared paragraph 3.',
      targetWords: 400,
      quotes: [],
      body: {
        type: 'doc',
        content: [
          {
            type: 'dateline',
            attrs: { city: 'Kherson', region: 'Ukraine', date: '2026-11-24', source: 'AP' },
          },
          paragraph(
            text('Officials said on Monday that '),
            text('three', [{ type: 'bold' }]),
            text(' people were '),
            text('injured', [{ type: 'italic' }]),
            text(', according to '),
            text('the regional office', [{ type: 'link', attrs: { href: 'https://example.org/report' } }]),
            text('.'),
          ),
          {
            type: 'editorNote',
            content: [paragraph(text('EDITOR NOTE: check the casualty figure with the ministry.'))],
          },
          { type: 'heading', attrs: { level: 2 }, content: [text('What was agreed')] },
          {
            type: 'bulletList',
            content: [
              { type: 'listItem', content: [paragraph(text('A prisoner exchange'))] },
              { type: 'listItem', content: [paragraph(text('Talks on children'))] },
            ],
          },
          {
            type: 'orderedList',
            attrs: { start: 1 },
            content: [
              { type: 'listItem', content: [paragraph(text('First, a ceasefire'))] },
              { type: 'listItem', content: [paragraph(text('Then, a summit'))] },
            ],
          },
          {
            type: 'quote',
            attrs: { display: 'blockquote' },
            content: [
              {
                type: 'quoteText',
                content: [
                  paragraph(text('We must put an end to this war.')),
                  paragraph(text('It starts with a meeting.')),
                ],
              },
              {
                type: 'quoteAttribution',
                attrs: {
                  speaker: 'Volodymyr Zelensky',
                  title: 'Ukrainian President',
                  organization: '',
                  context: 'at a press conference',
                },
              },
            ],
          },
          { type: 'heading', attrs: { level: 3 }, content: [text('Reaction in Athens')] },
          paragraph(
            text('Ο υπουργός είπε'),
            { type: 'hardBreak' },
            text('«Ειρήνη τώρα», & <tags> stay "text"'),
          ),
          {
            type: 'quote',
            attrs: { display: 'pullquote' },
            content: [
              { type: 'quoteText', content: [paragraph(text('Нет оснований ожидать чудес.'))] },
              {
                type: 'quoteAttribution',
                attrs: {
                  speaker: 'Dmitri Peskov',
                  title: 'spokesperson',
                  organization: 'Kremlin',
                  context: '',
                },
              },
            ],
          },
          { type: 'horizontalRule' },
          paragraph(text('The talks continue on Friday.', [{ type: 'strike' }, { type: 'underline' }])),
          {
            type: 'attribution',
            attrs: { kind: 'reporting', names: 'Olena Kovalenko', organization: '', place: 'Kherson' },
          },
          {
            type: 'attribution',
            attrs: { kind: 'editing', names: 'Sam Editor', organization: 'Copydesk News', place: '' },
          },
        ],
      },
    },
    '0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70',
  );
}
