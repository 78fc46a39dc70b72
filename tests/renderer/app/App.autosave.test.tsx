import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoryDraft } from '@shared/story/story';
import { FakeLibrary } from '../support/fakeLibrary';
import { chooseOption, getByRole, typeInto } from '../support/queries';
import { advance, cleanup } from '../support/render';
import { renderApp } from '../support/renderApp';
import { installFakeClock, openDetails, openStory, statusText, typeInBody } from '../support/storyEditor';

beforeEach(installFakeClock);

afterEach(async () => {
  await cleanup();
  vi.useRealTimers();
});

function savedDrafts(library: FakeLibrary): StoryDraft[] {
  return library.callsOf('story:save').map((call) => (call as { draft: StoryDraft }).draft);
}

async function openedOn(headline: string) {
  const library = new FakeLibrary();
  const story = library.add({ headline });
  const { container } = await renderApp(library);
  await openStory(container, headline);
  return { library, story, container };
}

describe('autosave', () => {
  it('saves a body edit within a second of the last keystroke, without Save', async () => {
    const { library, story, container } = await openedOn('Flood warning');

    await typeInBody(container, 'Rivers rose overnight.');
    expect(statusText(container)).toBe('Unsaved changes');
    await advance(699);
    expect(library.callsOf('story:save')).toEqual([]);
    await advance(1);

    expect(statusText(container)).toBe('Saved');
    expect(library.story(story.id)?.wordCount).toBe(3);
  });

  it('saves a metadata edit the same way', async () => {
    const { library, story, container } = await openedOn('Flood warning');

    await chooseOption(getByRole(await openDetails(container), 'combobox', 'Status'), 'submitted');
    await advance(700);

    expect(library.story(story.id)?.status).toBe('submitted');
  });

  it('sends one save for a burst of typing', async () => {
    const { library, container } = await openedOn('Flood warning');

    for (const text of ['Rivers ', 'rose ', 'overnight.']) {
      await typeInBody(container, text);
      await advance(400);
    }
    await advance(300);

    expect(savedDrafts(library)).toHaveLength(1);
    expect(JSON.stringify(savedDrafts(library)[0]?.body)).toContain('Rivers rose overnight.');
  });

  it('still saves every 5 s while the writer never pauses', async () => {
    const { library, container } = await openedOn('Flood warning');

    for (let elapsed = 0; elapsed < 5_000; elapsed += 250) {
      await typeInBody(container, 'a');
      await advance(250);
    }

    expect(savedDrafts(library)).toHaveLength(1);
  });

  it('retries a failed save with backoff, showing that it will, and never drops the edit', async () => {
    const { library, story, container } = await openedOn('Court ruling');
    library.failNext('story:save', { code: 'storage', message: 'The library disk is full.' });
    library.failNext('story:save', { code: 'storage', message: 'The library disk is full.' });

    await typeInto(getByRole(container, 'textbox', 'Headline'), 'Court ruling appealed');
    await advance(700);
    expect(statusText(container)).toBe('Save failed: The library disk is full. Retrying…');
    await advance(1_000);
    expect(library.callsOf('story:save')).toHaveLength(2);
    await advance(1_999);
    expect(library.callsOf('story:save')).toHaveLength(2);
    await advance(1);

    expect(statusText(container)).toBe('Saved');
    expect(library.story(story.id)?.headline).toBe('Court ruling appealed');
  });

  it('stops on refused input and says why, until the writer edits again', async () => {
    const { library, container } = await openedOn('Court ruling');
    library.failNext('story:save', { code: 'invalid-input', message: 'The section is too long.' });

    await typeInto(getByRole(container, 'textbox', 'Headline'), 'Court ruling appealed');
    await advance(700);
    await advance(60_000);
    expect(statusText(container)).toBe('Save failed: The section is too long.');
    expect(library.callsOf('story:save')).toHaveLength(1);

    await typeInto(getByRole(container, 'textbox', 'Headline'), 'Court ruling appealed again');
    await advance(700);
    expect(statusText(container)).toBe('Saved');
  });
});
