import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EditorDocument } from '@shared/story/editorDocument';
import { storyDraftSchema } from '@shared/story/story';
import sample from '../../../resources/samples/istanbul-peace-talks.story.json';
import { StoryBody } from '../../../src/renderer/src/editor/StoryBody';
import { getByRole, click } from '../support/queries';
import { cleanup, render } from '../support/render';
import { editorOf } from '../support/storyBody';

const sampleBody = storyDraftSchema.parse(sample).body;

afterEach(cleanup);

describe('StoryBody', () => {
  it('renders the seeded story’s dateline and quotes readably without node views', async () => {
    const { container } = await render(<StoryBody initialBody={sampleBody} editable onChange={() => {}} />);
    const body = getByRole(container, 'textbox', 'Story body');

    expect(body.getAttribute('aria-multiline')).toBe('true');
    expect(body.getAttribute('contenteditable')).toBe('true');
    expect(body.querySelector('p[data-type="dateline"]')?.textContent).toBe('ISTANBUL, Turkey —');
    const quotes = body.querySelectorAll('figure[data-type="quote"]');
    expect(quotes).toHaveLength(2);
    expect(quotes[0]!.querySelector('blockquote')?.textContent).toMatch(/^We must put an end to this war/);
    expect(quotes[0]!.querySelector('figcaption')?.textContent).toBe(
      '— Volodymyr Zelensky, Ukrainian President, during a press conference',
    );
    expect(document.head.querySelector('style[data-tiptap-style]')).toBeNull();
  });

  it('reports every change as the editor’s JSON document', async () => {
    const onChange = vi.fn<(body: EditorDocument) => void>();
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

    expect(onChange).toHaveBeenLastCalledWith({
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
  });

  it('is read-only, formatting included, when not editable', async () => {
    const { container } = await render(
      <StoryBody initialBody={sampleBody} editable={false} onChange={() => {}} />,
    );
    const body = getByRole(container, 'textbox', 'Story body');

    expect(body.getAttribute('contenteditable')).toBe('false');
    expect(body.getAttribute('aria-readonly')).toBe('true');
    for (const name of ['Bold', 'Italic', 'Subhead', 'Bulleted list']) {
      expect((getByRole(container, 'button', name) as HTMLButtonElement).disabled).toBe(true);
    }
  });
});
