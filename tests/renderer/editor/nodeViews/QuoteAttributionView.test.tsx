import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { typeInto } from '../../support/queries';
import { cleanup } from '../../support/render';
import {
  fieldNamed,
  fieldsNamed,
  keyDown,
  paragraph,
  quote,
  renderBody,
  storyWithQuote,
} from './bodyFixture';

afterEach(cleanup);

describe('the quote attribution node view', () => {
  it('shows who said it as it will print, over its four labelled fields', async () => {
    const { body } = await renderBody(...storyWithQuote());

    expect(body.querySelector('figcaption .block-preview')?.textContent).toBe(
      '— Volodymyr Zelensky, President',
    );
    expect(fieldNamed(body, 'Speaker').value).toBe('Volodymyr Zelensky');
    expect(fieldNamed(body, 'Title').value).toBe('President');
    expect(fieldNamed(body, 'Organization').value).toBe('');
    expect(fieldNamed(body, 'Context').value).toBe('');
  });

  it('gives each quote its own fields', async () => {
    const { body } = await renderBody(quote('One.', 'A'), quote('Two.', 'B'), paragraph());

    expect(fieldsNamed(body, 'Speaker').map((field) => field.value)).toEqual(['A', 'B']);
  });

  it('turns typing into an edit of the attribution, keeping the same focused field', async () => {
    const { body, editor } = await renderBody(...storyWithQuote());
    const speaker = fieldNamed(body, 'Speaker');
    speaker.focus();

    await typeInto(speaker, 'Dmitri Peskov');
    await typeInto(fieldNamed(body, 'Context'), 'on Wednesday');

    expect(editor.state.doc.nodeAt(26)?.attrs).toEqual({
      speaker: 'Dmitri Peskov',
      title: 'President',
      organization: '',
      context: 'on Wednesday',
    });
    expect(body.querySelector('figcaption .block-preview')?.textContent).toBe(
      '— Dmitri Peskov, President, on Wednesday',
    );
    expect(fieldNamed(body, 'Speaker')).toBe(speaker);
  });

  it('puts the old value back on undo', async () => {
    const { body, editor } = await renderBody(...storyWithQuote());
    const speaker = fieldNamed(body, 'Speaker');
    await typeInto(speaker, 'Dmitri Peskov');

    await keyDown(speaker, { key: 'z', ctrlKey: true });

    expect(speaker.value).toBe('Volodymyr Zelensky');
    expect(editor.state.doc.nodeAt(26)?.attrs.speaker).toBe('Volodymyr Zelensky');
  });

  it('keeps the keys typed in a field away from the story', async () => {
    const { body, editor } = await renderBody(...storyWithQuote());
    const before = editor.state.doc;
    await act(async () => {
      editor.commands.setTextSelection({ from: 12, to: 14 });
    });

    await keyDown(fieldNamed(body, 'Title'), { key: 'b', ctrlKey: true });
    await keyDown(fieldNamed(body, 'Title'), { key: 'Backspace' });

    expect(editor.state.doc.eq(before)).toBe(true);
  });

  it('sends the caret back to the story after the quote on Escape', async () => {
    const { body, editor } = await renderBody(...storyWithQuote());

    await keyDown(fieldNamed(body, 'Organization'), { key: 'Escape' });

    expect(editor.state.selection.from).toBe(29);
    expect(editor.state.selection.$from.parent.textContent).toBe('After.');
    expect(document.activeElement).toBe(body);
  });

  it('focuses Speaker when the writer presses Enter on the selected attribution', async () => {
    const { body, editor } = await renderBody(...storyWithQuote());
    await act(async () => {
      editor.commands.setNodeSelection(26);
    });

    await keyDown(body, { key: 'Enter' });

    expect(document.activeElement).toBe(fieldNamed(body, 'Speaker'));
    expect(editor.state.doc.childCount).toBe(3);
  });
});
