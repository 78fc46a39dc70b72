// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { doc, paragraph, press, storyEditor } from '../support/storyEditor';

describe('insertEditorNote', () => {
  it('turns the selected paragraphs into a note, with the caret at the end of its words', () => {
    const editor = storyEditor(
      doc(
        paragraph('Talks began.'),
        paragraph('Check the toll.'),
        paragraph('With police.'),
        paragraph('After.'),
      ),
    );
    editor.commands.setTextSelection({ from: 17, to: 33 });

    expect(editor.commands.insertEditorNote()).toBe(true);

    expect(editor.getJSON().content?.[1]).toEqual({
      type: 'editorNote',
      content: [paragraph('Check the toll.'), paragraph('With police.')],
    });
    expect(editor.state.selection.$from.parent.textContent).toBe('With police.');
    expect(editor.state.selection.$from.parentOffset).toBe('With police.'.length);
  });

  it('starts an empty note on an empty line', () => {
    const editor = storyEditor(doc(paragraph('Talks began.'), paragraph()));
    editor.commands.setTextSelection(15);

    editor.commands.insertEditorNote();

    expect(editor.getJSON().content?.[1]).toEqual({ type: 'editorNote', content: [paragraph()] });
    expect(editor.state.selection.$from.node(-1).type.name).toBe('editorNote');
  });

  it('refuses inside a note, leaving it as it was', () => {
    const editor = storyEditor(doc({ type: 'editorNote', content: [paragraph('Check it.')] }, paragraph()));
    const before = editor.state.doc;
    editor.commands.setTextSelection(4);

    expect(editor.commands.insertEditorNote()).toBe(false);
    expect(editor.state.doc.eq(before)).toBe(true);
  });

  it('is bound to Mod-Alt-n', () => {
    const editor = storyEditor(doc(paragraph('Check the toll.')));
    editor.commands.setTextSelection(3);

    press(editor, 'n', { ctrlKey: true, altKey: true });

    expect(editor.getJSON().content?.[0]?.type).toBe('editorNote');
  });
});
