import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { click, getByRole, typeInto } from '../../support/queries';
import { cleanup } from '../../support/render';
import { choose, fieldNamed, keyDown, paragraph, renderBody } from './bodyFixture';

afterEach(cleanup);

const credit = {
  type: 'attribution',
  attrs: { kind: 'reporting', names: 'Jane Doe', organization: 'Reuters', place: 'Istanbul' },
};

describe('the credit line node view', () => {
  it('shows the credit as it will print, over its four labelled fields', async () => {
    const { body } = await renderBody(paragraph('Talks began.'), credit);

    expect(body.querySelector('[data-type="attribution"] .block-preview')?.textContent).toBe(
      'Reporting by Jane Doe, Reuters, in Istanbul',
    );
    const kind = fieldNamed(body, 'Credit type');
    expect(kind).toBeInstanceOf(HTMLSelectElement);
    expect([...(kind as HTMLSelectElement).options].map((option) => option.text)).toEqual([
      'Reporting',
      'Additional reporting',
      'Editing',
      'Source',
      'Photo',
    ]);
    expect(kind.value).toBe('reporting');
    expect(fieldNamed(body, 'Names').value).toBe('Jane Doe');
    expect(fieldNamed(body, 'Credit organization').value).toBe('Reuters');
    expect(fieldNamed(body, 'Place').value).toBe('Istanbul');
  });

  it('turns every field edit into an edit of the node, and undo restores it', async () => {
    const { body, editor } = await renderBody(paragraph('Talks began.'), credit);

    await choose(fieldNamed(body, 'Credit type') as HTMLSelectElement, 'photo');
    await typeInto(fieldNamed(body, 'Place'), 'Ankara');

    expect(editor.state.doc.nodeAt(14)?.attrs).toEqual({ ...credit.attrs, kind: 'photo', place: 'Ankara' });
    expect(body.querySelector('[data-type="attribution"] .block-preview')?.textContent).toBe(
      'Photo by Jane Doe, Reuters, in Ankara',
    );

    await act(async () => {
      editor.commands.undo();
    });
    expect(fieldNamed(body, 'Credit type').value).toBe('reporting');
    expect(fieldNamed(body, 'Place').value).toBe('Istanbul');
  });

  it('is reached from the toolbar’s Insert attribution, which focuses Credit type', async () => {
    const { container, body, editor } = await renderBody(paragraph('Talks began.'), paragraph());
    await act(async () => {
      editor.commands.setTextSelection(15);
    });

    await click(getByRole(container, 'button', 'Insert attribution'));

    expect(document.activeElement).toBe(fieldNamed(body, 'Credit type'));
    expect(editor.state.doc.child(1).type.name).toBe('attribution');
  });

  it('on Enter makes a paragraph after a credit that ends the story, and puts the caret there', async () => {
    const { body, editor } = await renderBody(paragraph('Talks began.'), credit);

    await keyDown(fieldNamed(body, 'Names'), { key: 'Enter' });

    expect(editor.getJSON().content?.map((node) => node.type)).toEqual([
      'paragraph',
      'attribution',
      'paragraph',
    ]);
    expect(editor.state.selection.from).toBe(16);
    expect(document.activeElement).toBe(body);
  });
});
