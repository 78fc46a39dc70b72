// @vitest-environment happy-dom
import { NodeSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { doc, fillRequests, paragraph, press, storyEditor } from '../support/storyEditor';

const blankCredit = { kind: 'reporting', names: '', organization: '', place: '' };

describe('insertAttribution', () => {
  it('takes the place of the empty line the cursor is on, selects the credit and asks for its fields', () => {
    const editor = storyEditor(doc(paragraph('Talks began.'), paragraph(), paragraph('After.')));
    const requests = fillRequests(editor);
    editor.commands.setTextSelection(15);

    expect(editor.commands.insertAttribution({ names: 'Jane Doe' })).toBe(true);

    expect(editor.getJSON()).toEqual(
      doc(
        paragraph('Talks began.'),
        { type: 'attribution', attrs: { ...blankCredit, names: 'Jane Doe' } },
        paragraph('After.'),
      ),
    );
    expect(editor.state.selection).toBeInstanceOf(NodeSelection);
    expect(requests).toEqual([14]);
    expect(editor.state.selection.from).toBe(14);
  });

  it('goes after the current block without splitting it when the line has words', () => {
    const editor = storyEditor(doc(paragraph('Talks began.'), paragraph('After.')));
    editor.commands.setTextSelection(5);

    editor.commands.insertAttribution();

    expect(editor.getJSON()).toEqual(
      doc(paragraph('Talks began.'), { type: 'attribution', attrs: blankCredit }, paragraph('After.')),
    );
  });

  it('goes after a list rather than into one of its items', () => {
    const list = { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('A point.')] }] };
    const editor = storyEditor(doc(list, paragraph('After.')));
    editor.commands.setTextSelection(4);

    editor.commands.insertAttribution();

    expect(editor.getJSON().content?.map((node) => node.type)).toEqual([
      'bulletList',
      'attribution',
      'paragraph',
    ]);
  });

  it('is bound to Mod-Alt-a', () => {
    const editor = storyEditor(doc(paragraph()));
    editor.commands.setTextSelection(1);

    press(editor, 'a', { ctrlKey: true, altKey: true });

    expect(editor.getJSON().content?.[0]).toEqual({ type: 'attribution', attrs: blankCredit });
  });
});

describe('updateAttribution', () => {
  it('changes the selected credit line, and undo restores it', () => {
    const editor = storyEditor(doc(paragraph('Talks began.'), { type: 'attribution', attrs: blankCredit }));
    editor.commands.setNodeSelection(14);

    expect(editor.commands.updateAttribution({ kind: 'photo', names: 'Ali Unal' })).toBe(true);
    expect(editor.state.doc.nodeAt(14)?.attrs).toEqual({ ...blankCredit, kind: 'photo', names: 'Ali Unal' });

    editor.commands.undo();
    expect(editor.state.doc.nodeAt(14)?.attrs).toEqual(blankCredit);
  });

  it('refuses when no credit line is selected or at the position', () => {
    const editor = storyEditor(doc(paragraph('Talks began.'), { type: 'attribution', attrs: blankCredit }));
    editor.commands.setTextSelection(3);

    expect(editor.commands.updateAttribution({ names: 'Nobody' })).toBe(false);
    expect(editor.commands.updateAttribution({ names: 'Nobody' }, 0)).toBe(false);
    expect(editor.commands.updateAttribution({ names: 'Ali Unal' }, 14)).toBe(true);
  });
});
