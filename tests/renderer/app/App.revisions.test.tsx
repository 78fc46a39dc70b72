import { afterEach, describe, expect, it } from 'vitest';
import { FakeLibrary } from '../support/fakeLibrary';
import { click, getByRole, queryAllByRole, queryByRole, typeInto } from '../support/queries';
import { cleanup, waitFor } from '../support/render';
import { renderApp } from '../support/renderApp';

afterEach(cleanup);

describe('revisions', () => {
  it('lists the revisions and restores one on the current base revision', async () => {
    const library = new FakeLibrary();
    const story = library.add({ headline: 'Rates held' });
    library.saveElsewhere(story.id, { headline: 'Rates held at 4%' });
    const { container } = await renderApp(library);
    await click(getByRole(container, 'button', /^Rates held at 4%/));

    await click(getByRole(container, 'button', 'Revisions'));
    const panel = await waitFor(() => getByRole(container, 'complementary', 'Revisions'));
    await waitFor(() => expect(queryAllByRole(panel, 'listitem')).toHaveLength(2));
    expect(
      queryAllByRole(panel, 'listitem').map((item) => item.querySelector('strong')?.textContent),
    ).toEqual(['Revision 2', 'Revision 1']);
    expect(queryByRole(panel, 'button', 'Restore revision 2')).toBeNull();

    await click(getByRole(panel, 'button', 'Restore revision 1'));

    await waitFor(() =>
      expect((getByRole(container, 'textbox', 'Headline') as HTMLInputElement).value).toBe('Rates held'),
    );
    expect(library.callsOf('revision:restore')).toEqual([{ id: story.id, revision: 1, baseRevision: 2 }]);
    await waitFor(() => expect(queryAllByRole(panel, 'listitem')).toHaveLength(3));
  });

  it('saves unsaved edits before restoring, so they stay in the history', async () => {
    const library = new FakeLibrary();
    const story = library.add({ headline: 'Draft one' });
    library.saveElsewhere(story.id, { headline: 'Draft two' });
    const { container } = await renderApp(library);
    await click(getByRole(container, 'button', /^Draft two/));
    await typeInto(getByRole(container, 'textbox', 'Headline'), 'Draft three');

    await click(getByRole(container, 'button', 'Revisions'));
    const panel = await waitFor(() => getByRole(container, 'complementary', 'Revisions'));
    await click(await waitFor(() => getByRole(panel, 'button', 'Restore revision 1')));

    await waitFor(() =>
      expect((getByRole(container, 'textbox', 'Headline') as HTMLInputElement).value).toBe('Draft one'),
    );
    expect(library.callsOf('revision:restore')).toEqual([{ id: story.id, revision: 1, baseRevision: 3 }]);
    expect(library.story(story.id)?.revision).toBe(4);
  });

  it('shows a failed restore', async () => {
    const library = new FakeLibrary();
    const story = library.add({ headline: 'One' });
    library.saveElsewhere(story.id, { headline: 'Two' });
    const { container } = await renderApp(library);
    await click(getByRole(container, 'button', /^Two/));
    await click(getByRole(container, 'button', 'Revisions'));
    const panel = await waitFor(() => getByRole(container, 'complementary', 'Revisions'));

    library.failNext('revision:restore', { code: 'storage', message: 'The revision file is missing.' });
    await click(await waitFor(() => getByRole(panel, 'button', 'Restore revision 1')));

    await waitFor(() =>
      expect(getByRole(container, 'alert', /revision file is missing/).textContent).toContain(
        'Could not restore revision 1',
      ),
    );
  });
});
