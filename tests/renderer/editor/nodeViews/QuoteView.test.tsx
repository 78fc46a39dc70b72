import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { click, getByRole, queryAllByRole } from '../../support/queries';
import { cleanup } from '../../support/render';
import { fieldNamed, keyDown, paragraph, quote, renderBody, storyWithQuote } from './bodyFixture';

afterEach(cleanup);

describe('the pull quote toggle', () => {
  it('switches the quote between block and pull quote, and stays the same focused button', async () => {
    const { body, editor } = await renderBody(...storyWithQuote());
    const toggle = getByRole(body, 'button', 'Pull quote');
    toggle.focus();
    expect(toggle.getAttribute('aria-pressed')).toBe('false');

    await click(toggle);

    expect(editor.state.doc.nodeAt(9)?.attrs.display).toBe('pullquote');
    expect(body.querySelector('figure')?.dataset.display).toBe('pullquote');
    expect(getByRole(body, 'button', 'Pull quote')).toBe(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(document.activeElement).toBe(toggle);

    await click(toggle);
    expect(editor.state.doc.nodeAt(9)?.attrs.display).toBe('blockquote');
  });

  it('is the last stop when tabbing through the quote’s fields', async () => {
    const { body } = await renderBody(...storyWithQuote());
    const context = fieldNamed(body, 'Context');
    context.focus();

    await keyDown(context, { key: 'Tab' });

    const toggle = getByRole(body, 'button', 'Pull quote');
    expect(document.activeElement).toBe(toggle);
    expect(toggle.tabIndex).toBe(-1);
    expect((await keyDown(toggle, { key: 'Tab' })).defaultPrevented).toBe(false);
    await keyDown(toggle, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(context);
  });

  it('is there once per quote', async () => {
    const { body } = await renderBody(quote('One.', 'A'), quote('Two.', 'B'), paragraph());

    expect(queryAllByRole(body, 'button', 'Pull quote')).toHaveLength(2);
  });
});

describe('Insert quote', () => {
  it('wraps the paragraph the caret is in and moves the focus to Speaker', async () => {
    const { container, body, editor } = await renderBody(paragraph('Before.'), paragraph('We will win.'));
    await act(async () => {
      editor.commands.setTextSelection(13);
    });

    await click(getByRole(container, 'button', 'Insert quote'));

    expect(editor.getJSON().content?.[1]).toMatchObject({
      type: 'quote',
      content: [{ type: 'quoteText', content: [paragraph('We will win.')] }, { type: 'quoteAttribution' }],
    });
    expect(document.activeElement).toBe(fieldNamed(body, 'Speaker'));
  });

  it('starts an empty quote on an empty line and leaves the caret in its words', async () => {
    const { container, body, editor } = await renderBody(paragraph('Before.'), paragraph());
    await act(async () => {
      editor.commands.setTextSelection(10);
    });

    await click(getByRole(container, 'button', 'Insert quote'));

    expect(editor.state.selection.$from.node(-1).type.name).toBe('quoteText');
    expect(document.activeElement).toBe(body);
  });
});
