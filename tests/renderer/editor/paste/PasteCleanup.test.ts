/// <reference types="vite/client" />
import { Slice } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { storyDraftSchema } from '@shared/story/story';
import sample from '../../../../resources/samples/istanbul-peace-talks.story.json';
import googleDocsHtml from './fixtures/google-docs.html?raw';
import webArticleHtml from './fixtures/web-article.html?raw';
import wordHtml from './fixtures/word.html?raw';
import {
  bold,
  bulletList,
  heading,
  italic,
  item,
  link,
  orderedList,
  paragraph,
  strike,
  text,
  underline,
} from './support/nodes';
import { editorWith, pastedBody } from './support/pasteInto';

describe('PasteCleanup', () => {
  it('keeps the structure of a Word document and turns its list paragraphs into real lists', () => {
    expect(pastedBody(wordHtml)).toEqual([
      heading(2, 'Talks resume in Istanbul'),
      paragraph(
        'Delegations met on ',
        text('Wednesday', bold),
        ' for the first time since ',
        text('March', italic),
        ', officials said in a ',
        text('statement', link('https://example.org/statement')),
        '.',
      ),
      bulletList(
        item(paragraph('A prisoner exchange'), bulletList(item(paragraph('Of 1,000 soldiers each')))),
        item(paragraph('A ceasefire on energy sites')),
      ),
      paragraph('The next steps:'),
      orderedList(item(paragraph('Technical teams meet')), item(paragraph('Leaders sign'))),
      paragraph('Photo: Reuters'),
    ]);
  });

  it('reads Google Docs formatting from its inline styles, not its all-wrapping <b>', () => {
    expect(pastedBody(googleDocsHtml)).toEqual([
      heading(2, 'Kherson after the strikes'),
      paragraph(
        'Three civilians were ',
        text('killed', bold),
        text(' overnight', italic),
        ', the ',
        text('regional administration', link('https://www.example.gov.ua/news')),
        ' said.',
      ),
      bulletList(
        item(paragraph('Power cut in two districts'), bulletList(item(paragraph('Restored by morning')))),
        item(paragraph('Schools closed')),
      ),
      paragraph(text('Updated', underline), ' at 9 a.m.'),
    ]);
  });

  it('keeps a web article’s text and drops its scripts, embeds, forms, trackers and unsafe links', () => {
    expect(pastedBody(webArticleHtml)).toEqual([
      heading(2, 'Ukraine and Russia agree prisoner swap'),
      paragraph('By ', text('Jane Doe', link('https://news.example.com/staff/jdoe'))),
      paragraph(
        'Negotiators met in ',
        text('Istanbul', bold),
        ' on Wednesday, ',
        text('the first meeting in weeks', italic),
        '.',
      ),
      paragraph(
        'Read the full statement or the transcript, or write to ',
        text('the desk', link('mailto:desk@news.example.com')),
        '.',
      ),
      paragraph('“We must put an end to this war,” the president said.'),
      heading(3, 'What comes next'),
      bulletList(
        item(paragraph('Technical talks ', text('next week', underline))),
        item(paragraph('A ', text('summit', strike), ' meeting of leaders')),
      ),
      paragraph('More coverage later today.'),
      { type: 'horizontalRule' },
      paragraph('Copyright Example News'),
    ]);
  });

  it('pastes a phrase into the paragraph it lands in', () => {
    const editor = editorWith({ type: 'doc', content: [paragraph('Talks in  today.')] });
    editor.commands.setTextSelection(10);

    editor.view.pasteHTML(
      '<meta charset="utf-8"><span style="color:#222;font-family:Georgia">Istanbul</span>',
    );

    expect(editor.getJSON().content).toEqual([paragraph('Talks in Istanbul today.')]);
  });

  it('keeps the dateline, quotes and their attributions when a story is copied within the editor', () => {
    const body = storyDraftSchema.parse(sample).body;
    const source = editorWith(body);
    const whole = new Slice(source.state.doc.content, 0, 0);
    const { dom } = source.view.serializeForClipboard(whole);
    const target = editorWith();

    target.view.pasteHTML(dom.innerHTML);

    expect(target.getJSON()).toEqual(source.getJSON());
  });
});
