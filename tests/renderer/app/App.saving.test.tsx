import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { newDraft } from '@shared/story/newDraft';
import { FakeLibrary } from '../support/fakeLibrary';
import { click, getByRole, pressKey, queryByRole, typeInto } from '../support/queries';
import { cleanup, settle, waitFor } from '../support/render';
import { renderApp } from '../support/renderApp';
import { editorOf } from '../support/storyBody';

afterEach(cleanup);

function statusText(container: HTMLElement): string {
  return getByRole(container, 'status').textContent ?? '';
}

async function typeInBody(container: HTMLElement, text: string): Promise<void> {
  await act(async () => {
    editorOf(getByRole(container, 'textbox', 'Story body')).commands.insertContent(text);
  });
}

describe('writing and saving a story', () => {
  it('creates a story, then saves the full draft on the revision it was loaded at', async () => {
    const library = new FakeLibrary();
    const { container } = await renderApp(library);

    await click(getByRole(container, 'button', 'New story'));
    const headline = await waitFor(() => getByRole(container, 'textbox', 'Headline'));
    expect(document.activeElement).toBe(headline);
    expect(statusText(container)).toBe('Saved');

    await typeInto(headline, 'Storm hits coast');
    await typeInto(getByRole(container, 'textbox', 'Section'), 'Weather');
    await typeInBody(container, 'Winds reached hurricane strength.');
    expect(statusText(container)).toBe('Unsaved changes');
    expect(container.querySelector('.word-count')?.textContent).toBe('4 words');

    await click(getByRole(container, 'button', 'Save'));
    await waitFor(() => expect(statusText(container)).toBe('Saved'));

    const [created] = library.callsOf('story:create');
    expect(created).toEqual({ draft: {} });
    const [firstSave] = library.callsOf('story:save');
    const id = library.story((firstSave as { id: string }).id)!.id;
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

  it('keeps a hand-edited slug when the headline changes', async () => {
    const library = new FakeLibrary();
    const story = library.add({ headline: 'Budget vote', slug: 'budget-2026' });
    const { container } = await renderApp(library);
    await click(getByRole(container, 'button', /^Budget vote/));

    await typeInto(getByRole(container, 'textbox', 'Headline'), 'Budget vote delayed');
    await click(getByRole(container, 'button', 'Save'));
    await waitFor(() => expect(statusText(container)).toBe('Saved'));

    expect(library.story(story.id)).toMatchObject({ headline: 'Budget vote delayed', slug: 'budget-2026' });
  });

  it('shows Saving… while the save runs and Unsaved changes if typing went on meanwhile', async () => {
    const library = new FakeLibrary();
    library.add({ headline: 'Port strike' });
    const { container } = await renderApp(library);
    await click(getByRole(container, 'button', /^Port strike/));
    const headline = getByRole(container, 'textbox', 'Headline');

    await typeInto(headline, 'Port strike ends');
    const release = library.holdNext('story:save');
    await click(getByRole(container, 'button', 'Save'));
    expect(statusText(container)).toBe('Saving…');

    await typeInto(headline, 'Port strike ends after talks');
    expect(statusText(container)).toBe('Saving…');

    release();
    await waitFor(() => expect(statusText(container)).toBe('Unsaved changes'));
    await click(getByRole(container, 'button', 'Save'));
    await waitFor(() => expect(statusText(container)).toBe('Saved'));
    expect(
      library.callsOf('story:save').map((call) => (call as { baseRevision: number }).baseRevision),
    ).toEqual([1, 2]);
  });

  it('shows why a save failed and keeps the edits', async () => {
    const library = new FakeLibrary();
    library.add({ headline: 'Court ruling' });
    const { container } = await renderApp(library);
    await click(getByRole(container, 'button', /^Court ruling/));

    await typeInto(getByRole(container, 'textbox', 'Headline'), 'Court ruling appealed');
    library.failNext('story:save', { code: 'storage', message: 'The library disk is full.' });
    await click(getByRole(container, 'button', 'Save'));

    await waitFor(() => expect(statusText(container)).toBe('Save failed: The library disk is full.'));
    expect((getByRole(container, 'textbox', 'Headline') as HTMLInputElement).value).toBe(
      'Court ruling appealed',
    );
  });

  it('offers to reload when the story was changed elsewhere, and discards edits only then', async () => {
    const library = new FakeLibrary();
    const story = library.add({ headline: 'Bridge closure' });
    const { container } = await renderApp(library);
    await click(getByRole(container, 'button', /^Bridge closure/));
    library.saveElsewhere(story.id, { headline: 'Bridge closure extended' });

    await typeInto(getByRole(container, 'textbox', 'Headline'), 'Bridge closes for a week');
    await click(getByRole(container, 'button', 'Save'));

    const alert = await waitFor(() => getByRole(container, 'alert', /This story was changed elsewhere/));
    expect(statusText(container)).toMatch(/^Save failed: /);
    expect((getByRole(container, 'textbox', 'Headline') as HTMLInputElement).value).toBe(
      'Bridge closes for a week',
    );

    await click(getByRole(alert, 'button', 'Reload story'));
    await waitFor(() =>
      expect((getByRole(container, 'textbox', 'Headline') as HTMLInputElement).value).toBe(
        'Bridge closure extended',
      ),
    );
    expect(queryByRole(container, 'alert', /This story was changed elsewhere/)).toBeNull();
    expect(statusText(container)).toBe('Saved');

    await typeInto(getByRole(container, 'textbox', 'Headline'), 'Bridge closure extended to June');
    await click(getByRole(container, 'button', 'Save'));
    await waitFor(() => expect(statusText(container)).toBe('Saved'));
    expect(library.story(story.id)?.headline).toBe('Bridge closure extended to June');
  });

  it('saves unsaved edits before opening another story', async () => {
    const library = new FakeLibrary();
    const first = library.add({ headline: 'First story' });
    library.add({ headline: 'Second story' });
    const { container } = await renderApp(library);
    await click(getByRole(container, 'button', /^First story/));

    await typeInto(getByRole(container, 'textbox', 'Headline'), 'First story, revised');
    await click(getByRole(container, 'button', /^Second story/));

    await waitFor(() =>
      expect((getByRole(container, 'textbox', 'Headline') as HTMLInputElement).value).toBe('Second story'),
    );
    expect(library.story(first.id)?.headline).toBe('First story, revised');
  });

  it('stays on the story when saving before a switch fails', async () => {
    const library = new FakeLibrary();
    library.add({ headline: 'First story' });
    library.add({ headline: 'Second story' });
    const { container } = await renderApp(library);
    await click(getByRole(container, 'button', /^First story/));

    await typeInto(getByRole(container, 'textbox', 'Headline'), 'First story, revised');
    library.failNext('story:save', { code: 'storage', message: 'The library folder is read-only.' });
    await click(getByRole(container, 'button', /^Second story/));
    await settle();

    expect((getByRole(container, 'textbox', 'Headline') as HTMLInputElement).value).toBe(
      'First story, revised',
    );
    expect(statusText(container)).toBe('Save failed: The library folder is read-only.');
    expect(library.callsOf('story:get')).toHaveLength(1);
  });
});
