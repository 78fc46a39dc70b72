// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { doc, fillRequests, paragraph, press, storyEditor, typeText } from '../support/storyEditor';

const emptyAttribution = {
  type: 'quoteAttribution',
  attrs: { speaker: '', title: '', organization: '', context: '' },
};

function quoteOf(...paragraphs: ReturnType<typeof paragraph>[]) {
  return {
    type: 'quote',
    attrs: { display: 'blockquote' },
    content: [{ type: 'quoteText', content: paragraphs }, emptyAttribution],
  };
}

describe('insertQuote', () => {
  it('turns the paragraph the cursor is in into a quote’s words and asks for the speaker', () => {
    const editor = storyEditor(doc(paragraph('He said:'), paragraph('We will win.'), paragraph('After.')));
    const requests = fillRequests(editor);
    editor.commands.setTextSelection(14);

    expect(editor.commands.insertQuote()).toBe(true);

    expect(editor.getJSON()).toEqual(
      doc(paragraph('He said:'), quoteOf(paragraph('We will win.')), paragraph('After.')),
    );
    expect(requests).toHaveLength(1);
    expect(editor.state.doc.nodeAt(requests[0]!)?.type.name).toBe('quoteAttribution');
    const { $from } = editor.state.selection;
    expect($from.node(-1).type.name).toBe('quoteText');
    expect($from.parentOffset).toBe('We will win.'.length);
  });

  it('wraps every paragraph the selection touches, turning a subhead into plain words', () => {
    const editor = storyEditor(
      doc(
        paragraph('Before.'),
        paragraph('We will win.'),
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'And soon.' }] },
        paragraph('After.'),
      ),
    );
    editor.commands.setTextSelection({ from: 12, to: 26 });

    editor.commands.insertQuote();

    expect(editor.getJSON().content?.[1]).toEqual(quoteOf(paragraph('We will win.'), paragraph('And soon.')));
    expect(editor.getJSON().content?.[2]).toEqual(paragraph('After.'));
  });

  it('starts an empty quote on an empty line, with the caret in its words', () => {
    const editor = storyEditor(doc(paragraph('Before.'), paragraph()));
    const requests = fillRequests(editor);
    editor.commands.setTextSelection(10);

    editor.commands.insertQuote({ display: 'pullquote', attribution: { speaker: 'Dmitri Peskov' } });

    expect(editor.getJSON().content?.[1]).toEqual({
      type: 'quote',
      attrs: { display: 'pullquote' },
      content: [
        { type: 'quoteText', content: [paragraph()] },
        { ...emptyAttribution, attrs: { ...emptyAttribution.attrs, speaker: 'Dmitri Peskov' } },
      ],
    });
    expect(requests).toEqual([]);
    expect(editor.state.selection.$from.node(-1).type.name).toBe('quoteText');
  });

  it('refuses where a quote cannot go, leaving the story as it was', () => {
    const list = {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [paragraph('A point.')] }],
    };
    const editor = storyEditor(doc(list, quoteOf(paragraph('Already quoted.')), paragraph()));
    const before = editor.state.doc;

    editor.commands.setTextSelection(4);
    expect(editor.commands.insertQuote()).toBe(false);
    editor.commands.setTextSelection(20);
    expect(editor.commands.insertQuote()).toBe(false);

    expect(editor.state.doc.eq(before)).toBe(true);
  });

  it('is bound to Mod-Alt-q', () => {
    const editor = storyEditor(doc(paragraph('We will win.')));
    editor.commands.setTextSelection(3);

    press(editor, 'q', { ctrlKey: true, altKey: true });

    expect(editor.getJSON()).toEqual(doc(quoteOf(paragraph('We will win.')), paragraph()));
  });

  it('leaves a line typed with a quotation mark alone: no input rule makes it a quote', () => {
    const editor = storyEditor(doc(paragraph()));
    editor.commands.setTextSelection(1);

    typeText(editor, '“');
    typeText(editor, 'We');
    typeText(editor, '"');

    expect(editor.getJSON()).toEqual(doc(paragraph('“We"')));
  });
});

describe('setQuoteDisplay', () => {
  it('switches the quote around the selection, and undo switches it back', () => {
    const editor = storyEditor(doc(paragraph('Before.'), quoteOf(paragraph('We will win.'))));
    editor.commands.setTextSelection(13);

    expect(editor.commands.setQuoteDisplay('pullquote')).toBe(true);
    expect(editor.getJSON().content?.[1]?.attrs).toEqual({ display: 'pullquote' });

    editor.commands.undo();
    expect(editor.getJSON().content?.[1]?.attrs).toEqual({ display: 'blockquote' });
  });

  it('switches the quote at a given position, wherever the selection is', () => {
    const editor = storyEditor(doc(paragraph('Before.'), quoteOf(paragraph('We will win.'))));
    editor.commands.setTextSelection(3);

    expect(editor.commands.setQuoteDisplay('pullquote', 9)).toBe(true);
    expect(editor.getJSON().content?.[1]?.attrs).toEqual({ display: 'pullquote' });
  });

  it('refuses outside a quote', () => {
    const editor = storyEditor(doc(paragraph('Before.'), quoteOf(paragraph('We will win.'))));
    editor.commands.setTextSelection(3);

    expect(editor.commands.setQuoteDisplay('pullquote')).toBe(false);
    expect(editor.commands.setQuoteDisplay('pullquote', 0)).toBe(false);
  });
});
