import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeLibrary } from '../support/fakeLibrary';
import { getByRole, typeInto } from '../support/queries';
import { cleanup, settle } from '../support/render';
import { renderApp } from '../support/renderApp';
import { installFakeClock, openStory, statusText } from '../support/storyEditor';

let closeWindow: ReturnType<typeof vi.fn<() => void>>;

beforeEach(() => {
  installFakeClock();
  closeWindow = vi.fn<() => void>();
  vi.spyOn(window, 'close').mockImplementation(closeWindow);
});

afterEach(async () => {
  await cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

async function editedStory() {
  const library = new FakeLibrary();
  const story = library.add({ headline: 'Ceasefire' });
  const { container } = await renderApp(library);
  await openStory(container, 'Ceasefire');
  await typeInto(getByRole(container, 'textbox', 'Headline'), 'Ceasefire holds');
  return { library, story, container };
}

async function tryToUnload(): Promise<Event> {
  const event = new Event('beforeunload', { cancelable: true });
  await act(async () => {
    window.dispatchEvent(event);
  });
  return event;
}

describe('leaving with unsaved edits', () => {
  it('holds the desktop window open, saves, then closes it', async () => {
    vi.stubGlobal('copydesk', {});
    const { library, story, container } = await editedStory();
    const release = library.holdNext('story:save');

    const unload = await tryToUnload();

    expect(unload.defaultPrevented).toBe(true);
    expect(statusText(container)).toBe('Saving…');
    expect(closeWindow).not.toHaveBeenCalled();
    release();
    await settle();
    expect(library.story(story.id)?.headline).toBe('Ceasefire holds');
    expect(closeWindow).toHaveBeenCalledOnce();
    expect((await tryToUnload()).defaultPrevented).toBe(false);
  });

  it('keeps the window open while the save fails, so the edits stay on screen', async () => {
    vi.stubGlobal('copydesk', {});
    const { library, container } = await editedStory();
    library.failNext('story:save', { code: 'storage', message: 'The library disk is full.' });

    expect((await tryToUnload()).defaultPrevented).toBe(true);
    await settle();

    expect(statusText(container)).toBe('Save failed: The library disk is full. Retrying…');
    expect(closeWindow).not.toHaveBeenCalled();
  });

  it('in a browser tab leaves the choice to the browser prompt and only saves', async () => {
    const { library, story } = await editedStory();

    expect((await tryToUnload()).defaultPrevented).toBe(true);
    await settle();

    expect(library.story(story.id)?.headline).toBe('Ceasefire holds');
    expect(closeWindow).not.toHaveBeenCalled();
  });

  it('lets the window go at once when everything is saved', async () => {
    const library = new FakeLibrary();
    library.add({ headline: 'Ceasefire' });
    const { container } = await renderApp(library);
    await openStory(container, 'Ceasefire');

    expect((await tryToUnload()).defaultPrevented).toBe(false);
    expect(library.callsOf('story:save')).toEqual([]);
  });

  it('saves when the app is hidden', async () => {
    const { library } = await editedStory();
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');

    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await settle();

    expect(library.callsOf('story:save')).toHaveLength(1);
  });

  it('saves when the page goes away', async () => {
    const { library } = await editedStory();

    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
    });
    await settle();

    expect(library.callsOf('story:save')).toHaveLength(1);
  });
});
