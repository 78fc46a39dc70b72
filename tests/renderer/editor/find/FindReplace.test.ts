import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activeFind } from '../../../../src/renderer/src/editor/find/FindReplace';
import { findReplaceKey } from '../../../../src/renderer/src/editor/find/findPlugin';
import { destroyEditor, findEditor, paragraphOf, selectedText } from './support/findEditor';

let editor: Editor;

afterEach(() => {
  destroyEditor(editor);
  vi.restoreAllMocks();
});

const bold = (text: string) => ({ type: 'text', text, marks: [{ type: 'bold' }] });

function textOf(current: Editor): string[] {
  const texts: string[] = [];
  current.state.doc.descendants((node) => {
    if (node.isTextblock) texts.push(node.textContent);
  });
  return texts;
}

describe('FindReplace', () => {
  it('costs nothing while find is closed: no state, no decorations', () => {
    editor = findEditor([paragraphOf('Peace talks')]);

    editor.commands.insertContentAt(1, 'More ');
    editor.commands.setTextSelection(3);

    expect(findReplaceKey.getState(editor.state)).toBeNull();
    expect(editor.view.dom.querySelector('.find-match')).toBeNull();
  });

  it('highlights every match with decorations, leaving the document untouched', () => {
    editor = findEditor([paragraphOf('Talks in ', bold('Istan'), 'bul; Istanbul again')]);
    const before = editor.getJSON();

    editor.commands.setFindQuery('istanbul');

    expect(editor.getJSON()).toEqual(before);
    expect(activeFind(editor.state)?.matches).toHaveLength(2);
    const highlighted = [...editor.view.dom.querySelectorAll('.find-match')].map((span) => span.textContent);
    expect(highlighted.join('|')).toBe('Istan|bul|Istanbul');
    expect(editor.view.dom.querySelector('.find-match-current')?.textContent).toBe('Istan');
  });

  it('scrolls the current match into sight when searching or stepping, not when the writer types', () => {
    editor = findEditor([paragraphOf('first vote'), paragraphOf('second vote')]);
    const scrolledTo: (string | undefined)[] = [];
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement) {
      scrolledTo.push(this.parentElement?.textContent);
    });

    editor.commands.setFindQuery('vote');
    editor.commands.findNext();
    editor.commands.findNext();
    editor.commands.insertContentAt(1, 'A ');

    expect(scrolledTo).toEqual(['first vote', 'first vote', 'second vote']);
  });

  it('matches case only when asked to', () => {
    editor = findEditor([paragraphOf('Peace, PEACE and peace')]);

    editor.commands.setFindQuery('peace');
    expect(activeFind(editor.state)?.matches).toHaveLength(3);

    editor.commands.setFindQuery('peace', { caseSensitive: true });
    expect(activeFind(editor.state)?.matches).toEqual([{ from: 18, to: 23 }]);
  });

  it('steps through the matches with next and previous, wrapping at both ends', () => {
    editor = findEditor([paragraphOf('one two'), paragraphOf('one three one')]);
    editor.commands.setFindQuery('one');
    const visited = () => editor.state.selection.from;

    editor.commands.findNext();
    expect([selectedText(editor), visited()]).toEqual(['one', 1]);
    editor.commands.findNext();
    expect(visited()).toBe(10);
    editor.commands.findNext();
    expect(visited()).toBe(20);
    editor.commands.findNext();
    expect(visited()).toBe(1);
    editor.commands.findPrevious();
    expect(visited()).toBe(20);
    expect(activeFind(editor.state)?.current).toBe(2);
  });

  it('starts from the cursor: the next match is the first one after it', () => {
    editor = findEditor([paragraphOf('one two one two one')]);
    editor.commands.setTextSelection(6);

    editor.commands.setFindQuery('one');
    expect(activeFind(editor.state)?.current).toBe(1);
    editor.commands.findPrevious();
    expect(editor.state.selection.from).toBe(1);
  });

  it('replaces the current match and moves on to the next one', () => {
    editor = findEditor([paragraphOf('cat, cat and cat')]);
    editor.commands.setFindQuery('cat');
    editor.commands.findNext();

    editor.commands.replaceCurrent('cats');
    expect(textOf(editor)).toEqual(['cats, cat and cat']);
    editor.commands.replaceCurrent('cats');
    expect(textOf(editor)).toEqual(['cats, cats and cat']);
    expect(activeFind(editor.state)?.current).toBe(2);
  });

  it('keeps the formatting of replaced text, and an empty replacement deletes only the text', () => {
    editor = findEditor([paragraphOf(bold('Kyiv')), paragraphOf('in Kyiv')]);
    editor.commands.setFindQuery('kyiv');

    editor.commands.replaceCurrent('Kiev');
    expect(editor.getJSON().content?.[0]).toEqual(paragraphOf(bold('Kiev')));

    editor.commands.setFindQuery('kiev');
    editor.commands.replaceCurrent('');
    expect(editor.getJSON().content).toEqual([{ type: 'paragraph' }, paragraphOf('in Kyiv')]);
  });

  it('replaces every match in one step that a single undo takes back', () => {
    editor = findEditor([paragraphOf('Kiev, Kiev'), paragraphOf('and Kiev')]);
    editor.commands.setFindQuery('kiev');

    editor.commands.replaceAll('Kyiv');
    expect(textOf(editor)).toEqual(['Kyiv, Kyiv', 'and Kyiv']);
    expect(activeFind(editor.state)?.matches).toEqual([]);

    editor.commands.undo();
    expect(textOf(editor)).toEqual(['Kiev, Kiev', 'and Kiev']);
    expect(activeFind(editor.state)?.matches).toHaveLength(3);
  });

  it('follows edits while open and ends with clearFind', () => {
    editor = findEditor([paragraphOf('vote')]);
    editor.commands.setFindQuery('vote');

    editor.commands.insertContentAt(5, ' and vote');
    expect(activeFind(editor.state)?.matches).toHaveLength(2);

    editor.commands.clearFind();
    expect(activeFind(editor.state)).toBeNull();
    expect(editor.view.dom.querySelector('.find-match')).toBeNull();
  });

  it('finds but never replaces in a read-only story', () => {
    editor = findEditor([paragraphOf('draft')], false);
    editor.commands.setFindQuery('draft');

    expect(editor.commands.findNext()).toBe(true);
    expect(editor.commands.replaceCurrent('final')).toBe(false);
    expect(editor.commands.replaceAll('final')).toBe(false);
    expect(textOf(editor)).toEqual(['draft']);
  });
});
