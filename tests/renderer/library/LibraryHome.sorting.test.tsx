import { afterEach, describe, expect, it } from 'vitest';
import type { StoryQuery } from '@shared/contract/querySchemas';
import { FakeLibrary } from '../support/fakeLibrary';
import { columnHeader, gridHeadlines, waitForHeadlines } from '../support/libraryHome';
import { click, getByRole } from '../support/queries';
import { cleanup, waitFor } from '../support/render';
import { renderApp } from '../support/renderApp';

afterEach(cleanup);

function sortButton(header: HTMLElement): HTMLElement {
  return getByRole(header, 'button');
}

describe('the library view: sorting', () => {
  it('lists the newest change first, with every column of a story', async () => {
    const library = new FakeLibrary();
    library.add({
      headline: 'Dam breach floods villages',
      slug: 'dam-breach',
      bylines: [{ name: 'Olena Marchenko', title: '', organization: '' }],
      section: 'World',
      status: 'in-edit',
    });
    library.add({ headline: 'Budget vote delayed' });
    const { container } = await renderApp(library);

    await waitForHeadlines(container, ['Budget vote delayed', 'Dam breach floods villages']);
    const cells = [...container.querySelectorAll('[data-story-id]')][1]!.querySelectorAll(
      '[role="gridcell"]',
    );
    expect([...cells].map((cell) => cell.textContent)).toEqual([
      'Dam breach floods villages',
      'dam-breach',
      'Olena Marchenko',
      'World',
      'In edit',
      '',
      '0',
      expect.any(String),
    ]);
    expect(columnHeader(container, 'Last change').getAttribute('aria-sort')).toBe('descending');
    expect(columnHeader(container, 'Headline').getAttribute('aria-sort')).toBe('none');
  });

  it('sorts by a column on a click on its header, and reverses on a second click', async () => {
    const library = new FakeLibrary();
    for (const headline of ['Bravo', 'Alpha', 'Charlie']) library.add({ headline });
    const { container } = await renderApp(library);
    await waitForHeadlines(container, ['Charlie', 'Alpha', 'Bravo']);

    await click(sortButton(columnHeader(container, 'Headline')));

    await waitForHeadlines(container, ['Alpha', 'Bravo', 'Charlie']);
    expect(columnHeader(container, 'Headline').getAttribute('aria-sort')).toBe('ascending');
    expect(columnHeader(container, 'Last change').getAttribute('aria-sort')).toBe('none');
    const last = library.callsOf('story:query').at(-1) as StoryQuery;
    expect(last.sort).toEqual({ key: 'headline', direction: 'asc' });

    await click(sortButton(columnHeader(container, 'Headline')));

    await waitForHeadlines(container, ['Charlie', 'Bravo', 'Alpha']);
    expect(columnHeader(container, 'Headline').getAttribute('aria-sort')).toBe('descending');
  });

  it('sorts numbers largest first on the first click', async () => {
    const library = new FakeLibrary();
    const words = (count: number) => ({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'word '.repeat(count).trim() }] }],
    });
    library.add({ headline: 'Short', body: words(3) });
    library.add({ headline: 'Long', body: words(30) });
    library.add({ headline: 'Middle', body: words(10) });
    const { container } = await renderApp(library);

    await click(sortButton(await waitFor(() => columnHeader(container, 'Words'))));

    await waitForHeadlines(container, ['Long', 'Middle', 'Short']);
    expect(gridHeadlines(container)).toHaveLength(3);
  });
});
