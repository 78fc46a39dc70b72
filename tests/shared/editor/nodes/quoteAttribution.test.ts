// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { doc, paragraph, press, storyEditor, typeText } from '../support/storyEditor';

const zelensky = {
  speaker: 'Volodymyr Zelensky',
  title: 'Ukrainian President',
  organization: '',
  context: '',
};

/** Before. (0–9), then the quote at 9: its words at 10, its attribution at 26. */
function storyWithQuote() {
  return storyEditor(
    doc(
      paragraph('Before.'),
      {
        type: 'quote',
        attrs: { display: 'blockquote' },
        content: [
          { type: 'quoteText', content: [paragraph('We will win.')] },
          { type: 'quoteAttribution', attrs: zelensky },
        ],
      },
      paragraph('After.'),
    ),
  );
}

const attributionOf = (editor: ReturnType<typeof storyEditor>) => editor.state.doc.nodeAt(26)?.attrs;

describe('updateQuoteAttribution', () => {
  it('changes who said the quote around the selection, and undo restores it', () => {
    const editor = storyWithQuote();
    editor.commands.setTextSelection(14);

    expect(editor.commands.updateQuoteAttribution({ context: 'in Kyiv' })).toBe(true);
    expect(attributionOf(editor)).toEqual({ ...zelensky, context: 'in Kyiv' });

    editor.commands.undo();
    expect(attributionOf(editor)).toEqual(zelensky);
  });

  it('changes the attribution at a given position, wherever the selection is', () => {
    const editor = storyWithQuote();
    editor.commands.setTextSelection(3);

    expect(editor.commands.updateQuoteAttribution({ speaker: 'Dmitri Peskov' }, 26)).toBe(true);
    expect(attributionOf(editor)).toMatchObject({ speaker: 'Dmitri Peskov', title: 'Ukrainian President' });
  });

  it('refuses outside a quote and at a position that holds no attribution', () => {
    const editor = storyWithQuote();
    editor.commands.setTextSelection(3);

    expect(editor.commands.updateQuoteAttribution({ speaker: 'Nobody' })).toBe(false);
    expect(editor.commands.updateQuoteAttribution({ speaker: 'Nobody' }, 9)).toBe(false);
    expect(attributionOf(editor)).toEqual(zelensky);
  });
});

describe('a selected attribution', () => {
  it('is kept when the writer presses Backspace or Delete or types over it', () => {
    const editor = storyWithQuote();
    const before = editor.state.doc;
    editor.commands.setNodeSelection(26);
    expect(editor.state.selection.from).toBe(26);

    press(editor, 'Backspace');
    press(editor, 'Delete');
    typeText(editor, 'x');

    expect(editor.state.doc.eq(before)).toBe(true);
  });

  it('does not hold back Backspace in the quote’s words', () => {
    const editor = storyWithQuote();
    editor.commands.setTextSelection({ from: 23, to: 24 });

    press(editor, 'Backspace');

    expect(editor.state.doc.nodeAt(11)?.textContent).toBe('We will win');
  });
});
