import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { storyDraftSchema } from '@shared/story/story';
import sample from '../../../resources/samples/istanbul-peace-talks.story.json';
import { StoryBody } from '../../../src/renderer/src/editor/StoryBody';
import { click, getByRole, queryAllByRole, typeInto } from '../support/queries';
import { cleanup, render, waitFor } from '../support/render';
import { editorOf } from '../support/storyBody';
import { fieldNamed, fieldsNamed } from './nodeViews/bodyFixture';

const sampleBody = storyDraftSchema.parse(sample).body;

const TOOLBAR_BUTTONS = [
  'Bold',
  'Italic',
  'Subhead',
  'Bulleted list',
  'Numbered list',
  'Link',
  'Horizontal rule',
  'Insert dateline',
  'Insert quote',
  'Insert attribution',
  "Insert editor's note",
  'Undo',
  'Redo',
  'Find and replace',
];

afterEach(cleanup);

describe('StoryBody', () => {
  it('renders the seeded story’s dateline and quotes with their fields', async () => {
    const { container } = await render(<StoryBody initialBody={sampleBody} editable onChange={() => {}} />);
    const body = getByRole(container, 'textbox', 'Story body');

    expect(body.getAttribute('aria-multiline')).toBe('true');
    expect(body.getAttribute('contenteditable')).toBe('true');
    await waitFor(() =>
      expect(body.querySelector('p[data-type="dateline"]')?.textContent).toBe('ISTANBUL, Turkey —'),
    );
    expect(fieldNamed(body, 'City').value).toBe('Istanbul');
    const quotes = body.querySelectorAll('figure[data-type="quote"]');
    expect(quotes).toHaveLength(2);
    expect(quotes[0]!.querySelector('blockquote')?.textContent).toMatch(/^We must put an end to this war/);
    expect(quotes[0]!.querySelector('figcaption .block-preview')?.textContent).toBe(
      '— Volodymyr Zelensky, Ukrainian President, during a press conference',
    );
    expect(fieldsNamed(body, 'Speaker').map((field) => field.value)).toEqual([
      'Volodymyr Zelensky',
      'Dmitri Peskov',
    ]);
    expect(document.head.querySelector('style[data-tiptap-style]')).toBeNull();
  });

  it('reports every change as the editor’s new document, unserialized', async () => {
    const onChange = vi.fn<(body: ProseMirrorNode) => void>();
    const { container } = await render(
      <StoryBody
        initialBody={{ type: 'doc', content: [{ type: 'paragraph' }] }}
        editable
        onChange={onChange}
      />,
    );

    await act(async () => {
      editorOf(getByRole(container, 'textbox', 'Story body')).commands.insertContent('Polls close at eight.');
    });

    expect(onChange.mock.lastCall?.[0].toJSON()).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Polls close at eight.' }] }],
    });
  });

  it('shows which formatting applies and toggles it from the toolbar', async () => {
    const { container } = await render(
      <StoryBody
        initialBody={{
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Lead' }] }],
        }}
        editable
        onChange={() => {}}
      />,
    );
    const editor = editorOf(getByRole(container, 'textbox', 'Story body'));
    await act(async () => {
      editor.commands.setTextSelection({ from: 1, to: 5 });
    });
    const bold = getByRole(container, 'button', 'Bold');
    expect(bold.getAttribute('aria-pressed')).toBe('false');

    await click(bold);
    expect(bold.getAttribute('aria-pressed')).toBe('true');
    expect(editor.getJSON().content?.[0]?.content?.[0]?.marks).toEqual([{ type: 'bold' }]);

    await click(getByRole(container, 'button', 'Subhead'));
    expect(getByRole(container, 'button', 'Subhead').getAttribute('aria-pressed')).toBe('true');
    expect(editor.getJSON().content?.[0]).toMatchObject({ type: 'heading', attrs: { level: 2 } });

    await click(getByRole(container, 'button', 'Numbered list'));
    expect(getByRole(container, 'button', 'Numbered list').getAttribute('aria-pressed')).toBe('true');
    expect(editor.getJSON().content?.[0]?.type).toBe('orderedList');
  });

  it('has every toolbar button, each titled with its shortcut where it has one', async () => {
    const { container } = await render(<StoryBody initialBody={sampleBody} editable onChange={() => {}} />);
    const toolbar = getByRole(container, 'toolbar', 'Formatting');

    expect(queryAllByRole(toolbar, 'button').map((button) => button.textContent)).toEqual(TOOLBAR_BUTTONS);
    expect(getByRole(toolbar, 'button', 'Insert quote').title).toBe('Insert quote (Ctrl+Alt+Q)');
    expect(getByRole(toolbar, 'button', 'Insert quote').getAttribute('aria-keyshortcuts')).toBe(
      'Control+Alt+Q',
    );
    expect(getByRole(toolbar, 'button', 'Insert dateline').title).toBe('Insert dateline (Ctrl+Alt+L)');
    expect(getByRole(toolbar, 'button', 'Link').title).toBe('Link (Ctrl+K)');
    expect(getByRole(toolbar, 'button', 'Redo').title).toBe('Redo (Ctrl+Shift+Z)');
    expect(getByRole(toolbar, 'button', 'Horizontal rule').title).toBe('Horizontal rule');
  });

  it('opens find and replace from the toolbar and searches the story', async () => {
    const { container } = await render(<StoryBody initialBody={sampleBody} editable onChange={() => {}} />);
    await click(getByRole(container, 'button', 'Find and replace'));
    await typeInto(getByRole(container, 'textbox', 'Find'), 'Kremlin');
    await waitFor(() => expect(container.querySelectorAll('.find-match').length).toBeGreaterThan(0));
  });

  it('cleans pasted HTML before the schema sees it', async () => {
    const { container } = await render(<StoryBody initialBody={sampleBody} editable onChange={() => {}} />);
    const editor = editorOf(getByRole(container, 'textbox', 'Story body'));
    let html = '<p style="color:red" onclick="steal()">Hi<script>steal()</script></p>';
    // As ProseMirror does on paste: every plugin's transform, in turn.
    editor.view.someProp('transformPastedHTML', (transform) => {
      html = transform(html, editor.view);
    });
    expect(html).toBe('<p>Hi</p>');
  });

  it('offers Undo once there is something to undo, and Redo once something was undone', async () => {
    const { container } = await render(<StoryBody initialBody={sampleBody} editable onChange={() => {}} />);
    const editor = editorOf(getByRole(container, 'textbox', 'Story body'));
    const undo = getByRole(container, 'button', 'Undo') as HTMLButtonElement;
    const redo = getByRole(container, 'button', 'Redo') as HTMLButtonElement;
    expect([undo.disabled, redo.disabled]).toEqual([true, true]);

    await act(async () => {
      editor.commands.updateDateline({ city: 'Ankara' });
    });
    expect([undo.disabled, redo.disabled]).toEqual([false, true]);

    await click(undo);
    expect([undo.disabled, redo.disabled]).toEqual([true, false]);
  });

  it('adds an editor’s note around the paragraph the caret is in', async () => {
    const { container } = await render(
      <StoryBody
        initialBody={{
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Check' }] }],
        }}
        editable
        onChange={() => {}}
      />,
    );
    const editor = editorOf(getByRole(container, 'textbox', 'Story body'));
    await act(async () => {
      editor.commands.setTextSelection(3);
    });

    await click(getByRole(container, 'button', "Insert editor's note"));

    expect(editor.getJSON().content?.[0]?.type).toBe('editorNote');
    expect(container.querySelector('aside[data-type="editor-note"]')?.textContent).toBe('Check');
  });

  it('is read-only, toolbar and block fields included, when not editable', async () => {
    const { container } = await render(
      <StoryBody initialBody={sampleBody} editable={false} onChange={() => {}} />,
    );
    const body = getByRole(container, 'textbox', 'Story body');

    expect(body.getAttribute('contenteditable')).toBe('false');
    expect(body.getAttribute('aria-readonly')).toBe('true');
    for (const name of TOOLBAR_BUTTONS) {
      const button = getByRole(container, 'button', name) as HTMLButtonElement;
      // Finding changes nothing, so it stays available in a read-only story.
      expect(button.disabled, name).toBe(name !== 'Find and replace');
    }
    // happy-dom does not disable a disabled fieldset's fields itself, so check they all sit in one.
    await waitFor(() => fieldNamed(body, 'City'));
    const fields = [...body.querySelectorAll('input, select, button')];
    expect(fields).toHaveLength(4 + 2 * 5);
    expect(fields.every((field) => field.closest('fieldset')?.disabled)).toBe(true);
  });
});
