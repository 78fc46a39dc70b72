import type { EditorView } from '@tiptap/pm/view';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '../../support/render';
import { paragraph, renderBody } from './bodyFixture';

afterEach(cleanup);

/** What the view's props answer, in the order ProseMirror asks them, as readDOMChange and scrollToSelection do. */
function asks(view: EditorView) {
  return {
    textInput: () =>
      view.someProp('handleTextInput', (handle) => handle(view, 1, 1, 'a', () => view.state.tr)) ?? false,
    scroll: () => view.someProp('handleScrollToSelection', (handle) => handle(view)) ?? false,
  };
}

describe('scrolling after plain typing', () => {
  it('leaves the typed text to the browser and skips the scroll that follows it', async () => {
    const { editor } = await renderBody(paragraph('Talks'));
    const ask = asks(editor.view);

    expect(ask.textInput()).toBe(false);
    expect(ask.scroll()).toBe(true);
  });

  it('scrolls as usual for the next transaction, and for anything that was not typed', async () => {
    const { editor } = await renderBody(paragraph('Talks'));
    const ask = asks(editor.view);

    expect(ask.scroll()).toBe(false);
    ask.textInput();
    ask.scroll();
    expect(ask.scroll()).toBe(false);
  });

  it('forgets typing that dispatched nothing once its task is over', async () => {
    const { editor } = await renderBody(paragraph('Talks'));
    const ask = asks(editor.view);

    ask.textInput();
    await Promise.resolve();

    expect(ask.scroll()).toBe(false);
  });
});
