// @vitest-environment happy-dom
import type { JSONContent } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { bodyProblem } from '@shared/editor/validateBody';
import type { EditorNodeJson } from '@shared/story/editorDocument';
import { doc, fillRequests, paragraph, press, storyEditor } from '../support/storyEditor';

const istanbul = { type: 'dateline', attrs: { city: 'Istanbul', region: 'Turkey', date: '', source: '' } };

function datelinesOf(json: JSONContent) {
  return (json.content ?? []).flatMap((node, index) => (node.type === 'dateline' ? [index] : []));
}

describe('insertDateline', () => {
  it('puts a new dateline first, selects it and asks for its fields', () => {
    const editor = storyEditor(doc(paragraph('Talks began.'), paragraph('They ended.')));
    const requests = fillRequests(editor);
    editor.commands.setTextSelection(15);

    expect(editor.commands.insertDateline({ city: 'Kherson' })).toBe(true);

    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'dateline',
      attrs: { city: 'Kherson', region: '', date: '', source: '' },
    });
    expect(editor.state.selection).toBeInstanceOf(NodeSelection);
    expect(editor.state.selection.from).toBe(0);
    expect(requests).toEqual([0]);
  });

  it('updates the dateline already there instead of adding a second one', () => {
    const editor = storyEditor(doc(istanbul, paragraph('Talks began.')));
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);

    editor.commands.insertDateline({ date: '2026-11-24', source: 'AP' });

    expect(datelinesOf(editor.getJSON())).toEqual([0]);
    expect(editor.getJSON().content?.[0]?.attrs).toEqual({
      city: 'Istanbul',
      region: 'Turkey',
      date: '2026-11-24',
      source: 'AP',
    });
  });

  it('only selects an existing dateline when given no fields, leaving the story unchanged', () => {
    const editor = storyEditor(doc(istanbul, paragraph('Talks began.')));
    const before = editor.state.doc;

    editor.commands.insertDateline();

    expect(editor.state.doc.eq(before)).toBe(true);
    expect(editor.state.selection.from).toBe(0);
  });

  it('is bound to Mod-Alt-l', () => {
    const editor = storyEditor(doc(paragraph('Talks began.')));
    editor.commands.setTextSelection(3);

    expect(press(editor, 'l', { ctrlKey: true, altKey: true })).toBe(true);

    expect(datelinesOf(editor.getJSON())).toEqual([0]);
  });
});

describe('updateDateline', () => {
  it('changes the fields of the story’s dateline, and undo restores them', () => {
    const editor = storyEditor(doc(istanbul, paragraph('Talks began.')));

    expect(editor.commands.updateDateline({ city: 'Ankara' })).toBe(true);
    expect(editor.getJSON().content?.[0]?.attrs).toMatchObject({ city: 'Ankara', region: 'Turkey' });

    editor.commands.undo();
    expect(editor.getJSON().content?.[0]?.attrs).toMatchObject({ city: 'Istanbul' });
    editor.commands.redo();
    expect(editor.getJSON().content?.[0]?.attrs).toMatchObject({ city: 'Ankara' });
  });

  it('refuses a story without a dateline', () => {
    const editor = storyEditor(doc(paragraph('Talks began.')));

    expect(editor.commands.updateDateline({ city: 'Ankara' })).toBe(false);
    expect(datelinesOf(editor.getJSON())).toEqual([]);
  });
});

describe('the dateline’s place', () => {
  it('can never be anywhere but first, nor twice', () => {
    expect(bodyProblem(doc(istanbul, paragraph('Talks began.')))).toBeNull();
    expect(bodyProblem(doc(paragraph('Talks began.'), istanbul))).not.toBeNull();
    expect(bodyProblem(doc(istanbul, istanbul, paragraph('Talks began.')))).not.toBeNull();
    expect(bodyProblem(doc(istanbul))).not.toBeNull();
  });

  it('is not inserted, pasted or moved below the top of the story', () => {
    const editor = storyEditor(doc(istanbul, paragraph('Talks began.'), paragraph('They ended.')));
    const end = editor.state.doc.content.size - 1;

    editor.commands.insertContentAt(end, { type: 'dateline', attrs: { city: 'Rome' } });
    editor.commands.insertContentAt(end, '<p data-type="dateline" data-city="Paris"></p>');
    editor.commands.setNodeSelection(0);
    editor.commands.insertContentAt(end, editor.state.selection.content().content.toJSON());

    expect(datelinesOf(editor.getJSON())).toEqual([0]);
    expect(editor.getJSON().content?.[0]?.attrs).toMatchObject({ city: 'Istanbul' });
    expect(bodyProblem(editor.getJSON() as EditorNodeJson)).toBeNull();
  });
});
