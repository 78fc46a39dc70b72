import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { click, getByRole, queryByRole, typeInto } from '../../support/queries';
import { cleanup } from '../../support/render';
import { keyDown, paragraph, renderBody } from '../nodeViews/bodyFixture';

afterEach(cleanup);

async function bodyWithSelection(from: number, to: number) {
  const rendered = await renderBody(paragraph('Talks began in Istanbul.'));
  await act(async () => {
    rendered.editor.commands.setTextSelection({ from, to });
  });
  return rendered;
}

const linkOf = (rendered: Awaited<ReturnType<typeof renderBody>>) =>
  rendered.editor.getJSON().content?.[0]?.content?.find((text) => text.marks)?.marks?.[0]?.attrs?.href;

describe('the Link button', () => {
  it('asks for the address in the toolbar and links the selected words', async () => {
    const rendered = await bodyWithSelection(16, 24);
    const link = getByRole(rendered.container, 'button', 'Link');

    await click(link);
    expect(link.getAttribute('aria-expanded')).toBe('true');
    const address = getByRole(rendered.container, 'textbox', 'Link URL');
    expect(document.activeElement).toBe(address);
    await typeInto(address, 'example.com/istanbul');
    await click(getByRole(rendered.container, 'button', 'Apply link'));

    expect(linkOf(rendered)).toBe('https://example.com/istanbul');
    expect(queryByRole(rendered.container, 'textbox', 'Link URL')).toBeNull();
    expect(document.activeElement).toBe(rendered.body);
  });

  it('refuses an address that is not a web or e-mail address, and says why', async () => {
    const rendered = await bodyWithSelection(16, 24);
    await click(getByRole(rendered.container, 'button', 'Link'));
    const address = getByRole(rendered.container, 'textbox', 'Link URL');

    await typeInto(address, 'javascript:alert(1)');
    await click(getByRole(rendered.container, 'button', 'Apply link'));

    expect(getByRole(rendered.container, 'alert').textContent).toMatch(/web address/);
    expect(address.getAttribute('aria-invalid')).toBe('true');
    expect(linkOf(rendered)).toBeUndefined();
  });

  it('opens on Ctrl+K in the body and closes on Escape, changing nothing', async () => {
    const rendered = await bodyWithSelection(16, 24);
    const before = rendered.editor.state.doc;

    await keyDown(rendered.body, { key: 'k', ctrlKey: true });
    const address = getByRole(rendered.container, 'textbox', 'Link URL');
    await keyDown(address, { key: 'Escape' });

    expect(queryByRole(rendered.container, 'textbox', 'Link URL')).toBeNull();
    expect(rendered.editor.state.doc.eq(before)).toBe(true);
  });

  it('edits or removes the link the caret is in', async () => {
    const rendered = await bodyWithSelection(16, 24);
    await act(async () => {
      rendered.editor.commands.setLink({ href: 'https://example.com/old' });
      rendered.editor.commands.setTextSelection(18);
    });

    await click(getByRole(rendered.container, 'button', 'Link'));
    expect((getByRole(rendered.container, 'textbox', 'Link URL') as HTMLInputElement).value).toBe(
      'https://example.com/old',
    );
    await click(getByRole(rendered.container, 'button', 'Remove link'));

    expect(linkOf(rendered)).toBeUndefined();
  });

  it('inserts the address itself as a link when nothing is selected', async () => {
    const rendered = await bodyWithSelection(25, 25);
    await click(getByRole(rendered.container, 'button', 'Link'));

    await typeInto(getByRole(rendered.container, 'textbox', 'Link URL'), 'desk@example.com');
    await click(getByRole(rendered.container, 'button', 'Apply link'));

    expect(rendered.editor.getJSON().content?.[0]?.content?.[1]).toMatchObject({
      text: 'desk@example.com',
      marks: [{ type: 'link', attrs: { href: 'mailto:desk@example.com' } }],
    });
  });
});
