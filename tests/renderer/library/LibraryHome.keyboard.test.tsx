import { afterEach, describe, expect, it } from 'vitest';
import { FakeLibrary } from '../support/fakeLibrary';
import { searchBox, selectedHeadline, storyGrid, waitForHeadlines } from '../support/libraryHome';
import { click, getByRole, pressKey } from '../support/queries';
import { cleanup, waitFor } from '../support/render';
import { renderApp } from '../support/renderApp';

afterEach(cleanup);

function threeStories(): FakeLibrary {
  const library = new FakeLibrary();
  for (const headline of ['Third', 'Second', 'First']) library.add({ headline });
  return library;
}

describe('the library view: keyboard', () => {
  it('focuses the search box on /, but not while typing in a field', async () => {
    const { container } = await renderApp(threeStories());

    await pressKey(document.body, { key: '/' });

    expect(document.activeElement).toBe(searchBox(container));
    const byline = container.querySelector<HTMLInputElement>('.library-filters input[type="text"]')!;
    byline.focus();
    await pressKey(byline, { key: '/' });
    expect(document.activeElement).toBe(byline);
  });

  it('moves the selection with the arrows, Home and End, and opens the story on Enter', async () => {
    const { container } = await renderApp(threeStories());
    await waitForHeadlines(container, ['First', 'Second', 'Third']);
    const grid = storyGrid(container);
    expect(selectedHeadline(container)).toBe('First');

    await pressKey(grid, { key: 'ArrowDown' });
    expect(selectedHeadline(container)).toBe('Second');
    await pressKey(grid, { key: 'End' });
    expect(selectedHeadline(container)).toBe('Third');
    await pressKey(grid, { key: 'ArrowDown' });
    expect(selectedHeadline(container)).toBe('Third');
    await pressKey(grid, { key: 'Home' });
    await pressKey(grid, { key: 'ArrowUp' });
    expect(selectedHeadline(container)).toBe('First');
    const selectedRow = grid.querySelector('[aria-selected="true"]')!;
    expect(grid.getAttribute('aria-activedescendant')).toBe(selectedRow.id);

    await pressKey(searchBox(container), { key: 'ArrowDown' });
    expect(selectedHeadline(container)).toBe('Second');
    await pressKey(grid, { key: 'Enter' });

    await waitFor(() =>
      expect((getByRole(container, 'textbox', 'Headline') as HTMLInputElement).value).toBe('Second'),
    );
  });

  it('moves the selected story to the trash on Delete, and Undo brings it back', async () => {
    const library = threeStories();
    const { container } = await renderApp(library);
    await waitForHeadlines(container, ['First', 'Second', 'Third']);
    const grid = storyGrid(container);
    await pressKey(grid, { key: 'ArrowDown' });

    await pressKey(grid, { key: 'Delete' });

    await waitForHeadlines(container, ['First', 'Third']);
    expect(selectedHeadline(container)).toBe('Third');
    expect(container.textContent).toContain('“Second” was moved to the trash.');
    await waitFor(() => expect(getByRole(container, 'list', 'Stories').textContent).not.toContain('Second'));

    await click(getByRole(container, 'button', 'Undo'));

    await waitForHeadlines(container, ['First', 'Second', 'Third']);
    expect(selectedHeadline(container)).toBe('Second');
    expect(library.callsOf('story:restore')).toHaveLength(1);
  });

  it('goes back to the library from an open story with the Library button', async () => {
    const { container } = await renderApp(threeStories());
    await waitForHeadlines(container, ['First', 'Second', 'Third']);
    await pressKey(storyGrid(container), { key: 'End' });
    await pressKey(storyGrid(container), { key: 'Enter' });
    await waitFor(() => getByRole(container, 'textbox', 'Headline'));

    await click(getByRole(container, 'button', 'Library'));

    await waitFor(() => expect(selectedHeadline(container)).toBe('Third'));
  });
});
