import { afterEach, describe, expect, it } from 'vitest';
import { FakeLibrary } from '../support/fakeLibrary';
import { selectedHeadline, storyGrid, storyRows, waitForHeadlines } from '../support/libraryHome';
import { click, getByRole, pressKey, queryByRole } from '../support/queries';
import { cleanup, waitFor } from '../support/render';
import { renderApp } from '../support/renderApp';

afterEach(cleanup);

async function showTrash(container: HTMLElement): Promise<void> {
  await click(getByRole(container, 'tab', 'Trash'));
  await waitFor(() => storyGrid(container, 'Trash'));
}

describe('the library view: trash', () => {
  it('lists trashed stories and restores the selected one', async () => {
    const library = new FakeLibrary();
    library.add({ headline: 'Kept' });
    const trashed = library.addTrashed({ headline: 'Spiked wire copy' });
    const { container } = await renderApp(library);
    await showTrash(container);
    await waitForHeadlines(container, ['Spiked wire copy'], 'Trash');
    const toolbar = getByRole(container, 'toolbar', 'Story actions');
    expect(queryByRole(toolbar, 'button', 'New story')).toBeNull();

    await click(getByRole(toolbar, 'button', 'Restore'));

    await waitFor(() => expect(storyRows(container, 'Trash')).toEqual([]));
    expect(library.story(trashed.id)?.trashedAt).toBeNull();
    await click(getByRole(container, 'tab', 'Stories'));
    await waitForHeadlines(container, ['Spiked wire copy', 'Kept']);
  });

  it('deletes permanently only after confirming, from the button or the Delete key', async () => {
    const library = new FakeLibrary();
    const story = library.addTrashed({ headline: 'Duplicate copy' });
    const { container } = await renderApp(library);
    await showTrash(container);
    await waitForHeadlines(container, ['Duplicate copy'], 'Trash');
    expect(selectedHeadline(container, 'Trash')).toBe('Duplicate copy');

    await pressKey(storyGrid(container, 'Trash'), { key: 'Delete' });
    await click(getByRole(getByRole(container, 'dialog'), 'button', 'Cancel'));
    expect(library.story(story.id)).toBeDefined();

    await click(getByRole(getByRole(container, 'toolbar', 'Story actions'), 'button', 'Delete permanently'));
    await click(getByRole(getByRole(container, 'dialog'), 'button', 'Delete permanently'));

    await waitFor(() => expect(library.story(story.id)).toBeUndefined());
    await waitFor(() => expect(storyRows(container, 'Trash')).toEqual([]));
  });

  it('duplicates the selected story and selects the copy', async () => {
    const library = new FakeLibrary();
    library.add({ headline: 'Election night' });
    const { container } = await renderApp(library);
    await waitForHeadlines(container, ['Election night']);

    await click(getByRole(getByRole(container, 'toolbar', 'Story actions'), 'button', 'Duplicate'));

    await waitForHeadlines(container, ['Election night (copy)', 'Election night']);
    expect(selectedHeadline(container)).toBe('Election night (copy)');
  });
});
