import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newDraft } from '@shared/story/newDraft';
import { FakeLibrary } from '../support/fakeLibrary';
import { click, getByRole, pressKey, queryByRole, typeInto } from '../support/queries';
import { advance, cleanup, settle, waitFor } from '../support/render';
import { renderApp } from '../support/renderApp';
import { installFakeClock, openDetails, openStory, statusText, typeInBody } from '../support/storyEditor';

beforeEach(installFakeClock);

afterEach(async () => {
  await cleanup();
  vi.useRealTimers();
});

function headlineInput(container: HTMLElement): HTMLInputElement {
  return getByRole(container, 'textbox', 'Headline') as HTMLInputElement;
}

describe('writing and saving a story', () => {
  it('creates a story, then saves the full draft on the revision it was loaded at', async () => {
    const library = new FakeLibrary();
    const { container } = await renderApp(library);

    await click(getByRole(container, 'button', 'New story'));
    const headline = await waitFor(() => headlineInput(container));
    expect(document.activeElement).toBe(headline);
    expect(statusText(container)).toBe('Saved');

    await typeInto(headline, 'Storm hits coast');
    await typeInto(getByRole(await openDetails(container), 'combobox', 'Section'), 'Weather');
    await typeInBody(container, 'Winds reached hurricane strength.');
    expect(statusText(container)).toBe('Unsaved changes');

    await click(getByRole(container, 'button', 'Save'));
    await waitFor(() => expect(statusText(container)).toBe('Saved'));

    expect(library.callsOf('story:create')).toEqual([{ draft: {} }]);
    const [firstSave] = library.callsOf('story:save');
    const id = (firstSave as { id: string }).id;
    expect(firstSave).toEqual({
      id,
      baseRevision: 1,
      draft: {
        ...newDraft(),
        headline: 'Storm hits coast',
        slug: 'storm-hits-coast',
        section: 'Weather',
        body: {
          type: 'doc',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Winds reached hurricane strength.' }] },
          ],
        },
      },
    });

    await typeInto(headline, 'Storm hits the coast');
    await pressKey(window, { key: 's', ctrlKey: true });
    await waitFor(() => expect(statusText(container)).toBe('Saved'));
    const secondSave = library.callsOf('story:save')[1] as { baseRevision: number; draft: { slug: string } };
    expect(secondSave.baseRevision).toBe(2);
    expect(secondSave.draft.slug).toBe('storm-hits-the-coast');
    expect(library.story(id)).toMatchObject({ revision: 3, headline: 'Storm hits the coast' });
    expect(
      getByRole(getByRole(container, 'list', 'Stories'), 'button', /^Storm hits the coast/),
    ).toBeTruthy();
  });

  it('saves without a headline: a draft may be untitled, the field only hints', async () => {
    const library = new FakeLibrary();
    const story = library.add({ headline: 'Untitled soon' });
    const { container } = await renderApp(library);
    await openStory(container, 'Untitled soon');
    expect(container.textContent).not.toContain('needs a headline');

    await typeInto(headlineInput(container), '');
    expect(headlineInput(container).getAttribute('aria-describedby')).toBeTruthy();
    expect(container.textContent).toContain('A story needs a headline before it is filed.');
    await click(getByRole(container, 'button', 'Save'));

    await waitFor(() => expect(statusText(container)).toBe('Saved'));
    expect(library.story(story.id)).toMatchObject({ headline: '', slug: '' });
  });

  it('shows Saving… while a save runs, then saves what was typed meanwhile on the new revision', async () => {
    const library = new FakeLibrary();
    const story = library.add({ headline: 'Port strike' });
    const { container } = await renderApp(library);
    await openStory(container, 'Port strike');

    await typeInto(headlineInput(container), 'Port strike ends');
    const release = library.holdNext('story:save');
    await click(getByRole(container, 'button', 'Save'));
    expect(statusText(container)).toBe('Saving…');

    await typeInto(headlineInput(container), 'Port strike ends after talks');
    expect(statusText(container)).toBe('Saving…');

    release();
    await settle();
    expect(statusText(container)).toBe('Unsaved changes');
    await advance(700);
    expect(statusText(container)).toBe('Saved');
    expect(
      library.callsOf('story:save').map((call) => (call as { baseRevision: number }).baseRevision),
    ).toEqual([1, 2]);
    expect(library.story(story.id)?.headline).toBe('Port strike ends after talks');
  });

  it('offers to reload when the story was changed elsewhere, and discards edits only then', async () => {
    const library = new FakeLibrary();
    const story = library.add({ headline: 'Bridge closure' });
    const { container } = await renderApp(library);
    await openStory(container, 'Bridge closure');
    library.saveElsewhere(story.id, { headline: 'Bridge closure extended' });

    await typeInto(headlineInput(container), 'Bridge closes for a week');
    await advance(700);

    const alert = getByRole(container, 'alert', /This story was changed elsewhere/);
    expect(statusText(container)).toBe('Save failed: The story is at revision 2, not 1.');
    expect(headlineInput(container).value).toBe('Bridge closes for a week');
    await advance(60_000);
    expect(library.callsOf('story:save')).toHaveLength(1);

    await click(getByRole(alert, 'button', 'Reload story'));
    await waitFor(() => expect(headlineInput(container).value).toBe('Bridge closure extended'));
    expect(queryByRole(container, 'alert', /This story was changed elsewhere/)).toBeNull();
    expect(statusText(container)).toBe('Saved');

    await typeInto(headlineInput(container), 'Bridge closure extended to June');
    await advance(700);
    expect(statusText(container)).toBe('Saved');
    expect(library.story(story.id)?.headline).toBe('Bridge closure extended to June');
  });

  it('saves unsaved edits before opening another story', async () => {
    const library = new FakeLibrary();
    const first = library.add({ headline: 'First story' });
    library.add({ headline: 'Second story' });
    const { container } = await renderApp(library);
    await openStory(container, 'First story');

    await typeInto(headlineInput(container), 'First story, revised');
    await openStory(container, 'Second story');

    expect(library.story(first.id)?.headline).toBe('First story, revised');
  });

  it('stays on the story when saving before a switch fails', async () => {
    const library = new FakeLibrary();
    library.add({ headline: 'First story' });
    library.add({ headline: 'Second story' });
    const { container } = await renderApp(library);
    await openStory(container, 'First story');

    await typeInto(headlineInput(container), 'First story, revised');
    library.failNext('story:save', { code: 'storage', message: 'The library folder is read-only.' });
    await click(getByRole(container, 'button', /^Second story/));
    await settle();

    expect(headlineInput(container).value).toBe('First story, revised');
    expect(statusText(container)).toBe('Save failed: The library folder is read-only. Retrying…');
    expect(library.callsOf('story:get')).toHaveLength(1);
  });
});
