import { afterEach, describe, expect, it } from 'vitest';
import { FakeLibrary } from '../support/fakeLibrary';
import { click, getByRole, queryAllByRole, queryByRole } from '../support/queries';
import { cleanup, waitFor } from '../support/render';
import { renderApp } from '../support/renderApp';

afterEach(cleanup);

function headlineValue(container: HTMLElement): string {
  return (getByRole(container, 'textbox', 'Headline') as HTMLInputElement).value;
}

function listedHeadlines(list: HTMLElement): string[] {
  return queryAllByRole(list, 'button').map(
    (item) => item.querySelector('.story-item-headline')?.textContent ?? '',
  );
}

describe('trash', () => {
  it('moves a story to the trash and opens the next one', async () => {
    const library = new FakeLibrary();
    library.add({ headline: 'Older story' });
    const doomed = library.add({ headline: 'Newer story' });
    const { container } = await renderApp(library);
    await click(getByRole(container, 'button', /^Newer story/));

    await click(getByRole(container, 'button', 'Move to trash'));

    await waitFor(() => expect(headlineValue(container)).toBe('Older story'));
    expect(library.story(doomed.id)?.trashedAt).not.toBeNull();
    await waitFor(() =>
      expect(listedHeadlines(getByRole(container, 'list', 'Stories'))).toEqual(['Older story']),
    );
  });

  it('opens a trashed story read-only, with Restore and Delete permanently instead of Save', async () => {
    const library = new FakeLibrary();
    library.addTrashed({ headline: 'Spiked feature' });
    const { container } = await renderApp(library);

    await click(getByRole(container, 'tab', 'Trash'));
    await click(
      await waitFor(() => getByRole(getByRole(container, 'list', 'Trash'), 'button', /^Spiked feature/)),
    );

    const headline = await waitFor(() => getByRole(container, 'textbox', 'Headline') as HTMLInputElement);
    expect(headline.readOnly).toBe(true);
    expect(getByRole(container, 'textbox', 'Story body').getAttribute('contenteditable')).toBe('false');
    expect(queryByRole(container, 'button', 'Save')).toBeNull();
    expect(queryByRole(container, 'button', 'Move to trash')).toBeNull();
    expect(getByRole(container, 'button', 'Restore')).toBeTruthy();
    expect(getByRole(container, 'button', 'Delete permanently')).toBeTruthy();
  });

  it('restores a story into the Stories view, editable again', async () => {
    const library = new FakeLibrary();
    const story = library.addTrashed({ headline: 'Second thoughts' });
    const { container } = await renderApp(library);
    await click(getByRole(container, 'tab', 'Trash'));
    await click(await waitFor(() => getByRole(container, 'button', /^Second thoughts/)));

    await click(await waitFor(() => getByRole(container, 'button', 'Restore')));

    await waitFor(() =>
      expect(getByRole(container, 'tab', 'Stories').getAttribute('aria-selected')).toBe('true'),
    );
    expect(library.story(story.id)?.trashedAt).toBeNull();
    await waitFor(() => expect(getByRole(container, 'button', 'Save')).toBeTruthy());
    expect((getByRole(container, 'textbox', 'Headline') as HTMLInputElement).readOnly).toBe(false);
    expect(getByRole(container, 'textbox', 'Story body').getAttribute('contenteditable')).toBe('true');
    const listed = await waitFor(() =>
      getByRole(getByRole(container, 'list', 'Stories'), 'button', /^Second thoughts/),
    );
    expect(listed.getAttribute('aria-current')).toBe('true');
  });

  it('deletes permanently only after confirming in a dialog', async () => {
    const library = new FakeLibrary();
    const story = library.addTrashed({ headline: 'Duplicate wire copy' });
    const { container } = await renderApp(library);
    await click(getByRole(container, 'tab', 'Trash'));
    await click(await waitFor(() => getByRole(container, 'button', /^Duplicate wire copy/)));

    await click(await waitFor(() => getByRole(container, 'button', 'Delete permanently')));
    const dialog = getByRole(container, 'dialog', 'Delete this story permanently?');
    await click(getByRole(dialog, 'button', 'Cancel'));

    expect(queryByRole(container, 'dialog')).toBeNull();
    expect(library.story(story.id)).toBeDefined();
    expect(library.callsOf('story:purge')).toEqual([]);

    await click(getByRole(container, 'button', 'Delete permanently'));
    await click(getByRole(getByRole(container, 'dialog'), 'button', 'Delete permanently'));

    await waitFor(() => expect(library.story(story.id)).toBeUndefined());
    await waitFor(() => expect(container.textContent).toContain('The trash is empty'));
    expect(queryByRole(container, 'textbox', 'Headline')).toBeNull();
  });

  it('duplicates a story and opens the copy', async () => {
    const library = new FakeLibrary();
    library.add({ headline: 'Election night' });
    const { container } = await renderApp(library);
    await click(getByRole(container, 'button', /^Election night/));

    await click(getByRole(container, 'button', 'Duplicate'));

    await waitFor(() => expect(headlineValue(container)).toBe('Election night (copy)'));
    await waitFor(() =>
      expect(listedHeadlines(getByRole(container, 'list', 'Stories'))).toEqual([
        'Election night (copy)',
        'Election night',
      ]),
    );
  });
});
