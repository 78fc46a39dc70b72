import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activeFind } from '../../../../src/renderer/src/editor/find/FindReplace';
import { FindReplacePanel } from '../../../../src/renderer/src/editor/find/FindReplacePanel';
import { click, getByRole, pressKey, typeInto } from '../../support/queries';
import { cleanup, render, waitFor } from '../../support/render';
import { destroyEditor, findEditor, paragraphOf, selectedText } from './support/findEditor';

let editor: Editor;

afterEach(async () => {
  await cleanup();
  destroyEditor(editor);
});

async function openPanel(onClose = () => {}) {
  const { container } = await render(<FindReplacePanel editor={editor} onClose={onClose} />);
  return {
    container,
    find: getByRole(container, 'textbox', 'Find'),
    replaceWith: getByRole(container, 'textbox', 'Replace with'),
    status: () => container.querySelector('.find-status[aria-live="polite"]')?.textContent,
    button: (name: string) => getByRole(container, 'button', name) as HTMLButtonElement,
  };
}

function storyText(): string {
  return editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n');
}

describe('FindReplacePanel', () => {
  it('searches as the writer types and counts the matches', async () => {
    editor = findEditor([paragraphOf('Peace talks. Peace now.'), paragraphOf('No peace yet.')]);
    const panel = await openPanel();
    expect(document.activeElement).toBe(panel.find);
    expect(panel.status()).toBe('');

    await typeInto(panel.find, 'peace');
    expect(panel.status()).toBe('1 of 3');
    expect(editor.view.dom.querySelectorAll('.find-match')).toHaveLength(3);

    await typeInto(panel.find, 'war');
    expect(panel.status()).toBe('No matches');
    expect(panel.button('Next match').disabled).toBe(true);
    expect(panel.button('Replace all').disabled).toBe(true);
  });

  it('moves through the matches with Enter, Shift+Enter and the buttons', async () => {
    editor = findEditor([paragraphOf('vote, vote, vote')]);
    const panel = await openPanel();
    await typeInto(panel.find, 'vote');

    await pressKey(panel.find, { key: 'Enter' });
    expect([panel.status(), editor.state.selection.from]).toEqual(['1 of 3', 1]);
    await pressKey(panel.find, { key: 'Enter' });
    expect(panel.status()).toBe('2 of 3');
    await pressKey(panel.find, { key: 'Enter', shiftKey: true });
    expect(panel.status()).toBe('1 of 3');
    await click(panel.button('Previous match'));
    expect(panel.status()).toBe('3 of 3');
    await click(panel.button('Next match'));
    expect([panel.status(), selectedText(editor)]).toEqual(['1 of 3', 'vote']);
  });

  it('matches case when the box is ticked', async () => {
    editor = findEditor([paragraphOf('AP and ap')]);
    const panel = await openPanel();
    await typeInto(panel.find, 'AP');
    const matchCase = [...panel.container.querySelectorAll('label')]
      .find((label) => label.textContent === 'Match case')
      ?.querySelector('input');

    expect(panel.status()).toBe('1 of 2');
    await click(matchCase!);
    expect(panel.status()).toBe('1 of 1');
  });

  it('replaces one match at a time, or all of them at once', async () => {
    editor = findEditor([paragraphOf('Kiev, Kiev, Kiev, Kiev')]);
    const panel = await openPanel();
    await typeInto(panel.find, 'Kiev');
    await typeInto(panel.replaceWith, 'Kyiv');

    await click(panel.button('Replace'));
    expect(storyText()).toBe('Kyiv, Kiev, Kiev, Kiev');
    await pressKey(panel.replaceWith, { key: 'Enter' });
    expect(storyText()).toBe('Kyiv, Kyiv, Kiev, Kiev');
    expect(panel.status()).toBe('1 of 2');

    await click(panel.button('Replace all'));
    expect(storyText()).toBe('Kyiv, Kyiv, Kyiv, Kyiv');
    expect(panel.status()).toBe('No matches');
  });

  it('closes on Escape, giving focus back to the body and ending the search', async () => {
    editor = findEditor([paragraphOf('close me')]);
    const onClose = vi.fn();
    const panel = await openPanel(onClose);
    await typeInto(panel.find, 'close');

    await pressKey(panel.find, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
    await waitFor(() => expect(document.activeElement).toBe(editor.view.dom));

    await cleanup();
    expect(activeFind(editor.state)).toBeNull();
  });

  it('starts from the selected words, and Ctrl+F brings focus back to the Find box', async () => {
    editor = findEditor([paragraphOf('Prisoner exchange agreed')]);
    editor.commands.setTextSelection({ from: 1, to: 9 });
    const panel = await openPanel();
    expect((panel.find as HTMLInputElement).value).toBe('Prisoner');
    expect(panel.status()).toBe('1 of 1');

    editor.view.focus();
    await pressKey(window, { key: 'f', ctrlKey: true });
    expect(document.activeElement).toBe(panel.find);
  });

  it('offers no replacing in a read-only story', async () => {
    editor = findEditor([paragraphOf('draft')], false);
    const panel = await openPanel();
    await typeInto(panel.find, 'draft');

    expect(panel.button('Next match').disabled).toBe(false);
    expect(panel.button('Replace').disabled).toBe(true);
    expect(panel.button('Replace all').disabled).toBe(true);
  });
});
