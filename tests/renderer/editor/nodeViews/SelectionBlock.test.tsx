import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '../../support/render';
import { paragraph, renderBody } from './bodyFixture';

afterEach(cleanup);

const marked = (body: HTMLElement) =>
  [...body.children].flatMap((block, index) => (block.classList.contains('has-selection') ? [index] : []));

describe('the block with the selection', () => {
  it('is the one top-level block marked to be always rendered, and the mark follows the caret', async () => {
    const { body, editor } = await renderBody(paragraph('One.'), paragraph('Two.'), paragraph('Three.'));

    await act(async () => {
      editor.commands.setTextSelection(8);
    });
    expect(marked(body)).toEqual([1]);

    await act(async () => {
      editor.commands.setTextSelection(15);
    });
    expect(marked(body)).toEqual([2]);
  });

  it('is marked as soon as Enter makes it, before anything is typed in it', async () => {
    const { body, editor } = await renderBody(paragraph('One.'), paragraph('Two.'));
    await act(async () => {
      editor.commands.setTextSelection(5);
    });

    await act(async () => {
      editor.commands.splitBlock();
    });

    expect(body.children[1]?.textContent).toBe('');
    expect(marked(body)).toEqual([1]);
  });

  it('is the selected block itself when a whole block is selected', async () => {
    const credit = {
      type: 'attribution',
      attrs: { kind: 'reporting', names: 'Jane Doe', organization: '', place: '' },
    };
    const { body, editor } = await renderBody(paragraph('One.'), credit, paragraph('Two.'));

    await act(async () => {
      editor.commands.setNodeSelection(6);
    });

    expect(marked(body)).toEqual([1]);
  });
});
