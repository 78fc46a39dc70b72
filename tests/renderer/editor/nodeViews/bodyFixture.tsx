import type { Editor } from '@tiptap/core';
import { act } from 'react';
import type { EditorNodeJson } from '@shared/story/editorDocument';
import { StoryBody } from '../../../../src/renderer/src/editor/StoryBody';
import { getByRole, nameOf } from '../../support/queries';
import { render, waitFor } from '../../support/render';
import { editorOf } from '../../support/storyBody';

export interface RenderedBody {
  container: HTMLElement;
  body: HTMLElement;
  editor: Editor;
}

export function paragraph(text = ''): EditorNodeJson {
  return text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' };
}

export function quote(words: string, speaker: string, title = ''): EditorNodeJson {
  return {
    type: 'quote',
    attrs: { display: 'blockquote' },
    content: [
      { type: 'quoteText', content: [paragraph(words)] },
      { type: 'quoteAttribution', attrs: { speaker, title, organization: '', context: '' } },
    ],
  };
}

/** Before. (0–9), then the quote at 9, its words from 12, its attribution at 26, and After. at 28. */
export function storyWithQuote(): EditorNodeJson[] {
  return [
    paragraph('Before.'),
    quote('We will win.', 'Volodymyr Zelensky', 'President'),
    paragraph('After.'),
  ];
}

/** Renders an editable StoryBody and waits until its React node views have drawn their fields. */
export async function renderBody(...content: EditorNodeJson[]): Promise<RenderedBody> {
  const { container } = await render(
    <StoryBody initialBody={{ type: 'doc', content }} editable onChange={() => {}} />,
  );
  const body = getByRole(container, 'textbox', 'Story body');
  await waitFor(() => {
    if (body.querySelector('.node-dateline:not(:has(input))'))
      throw new Error('The dateline is not drawn yet.');
  });
  return { container, body, editor: editorOf(body) };
}

/** Every field with this accessible name, inputs and selects alike, in document order. */
export function fieldsNamed(root: ParentNode, name: string): (HTMLInputElement | HTMLSelectElement)[] {
  return [...root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].filter(
    (field) => nameOf(field) === name,
  );
}

export function fieldNamed(root: ParentNode, name: string): HTMLInputElement | HTMLSelectElement {
  const [field, ...others] = fieldsNamed(root, name);
  if (!field || others.length > 0)
    throw new Error(`Expected one field named ${name}, found ${field ? others.length + 1 : 0}.`);
  return field;
}

export async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export async function keyDown(target: Element, init: KeyboardEventInit): Promise<KeyboardEvent> {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  await act(async () => {
    target.dispatchEvent(event);
  });
  return event;
}
