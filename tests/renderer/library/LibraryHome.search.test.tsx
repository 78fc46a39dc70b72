import { afterEach, describe, expect, it } from 'vitest';
import type { StoryQuery } from '@shared/contract/querySchemas';
import { FakeLibrary } from '../support/fakeLibrary';
import { columnHeader, search, storyRows, waitForHeadlines } from '../support/libraryHome';
import { click, getByRole } from '../support/queries';
import { cleanup, waitFor } from '../support/render';
import { renderApp } from '../support/renderApp';

afterEach(cleanup);

const paragraph = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

function marks(row: HTMLElement): string[] {
  return [...row.querySelectorAll('mark')].map((mark) => mark.textContent ?? '');
}

describe('the library view: search', () => {
  it('finds stories by their words and marks the matches, whatever their case and accents', async () => {
    const library = new FakeLibrary();
    library.add({
      headline: 'Shelling in Kherson',
      body: paragraph('Residents of KHERSON fled the shelling.'),
    });
    library.add({ headline: 'Harvest report', body: paragraph('Grain prices rose in Odesa.') });
    const { container } = await renderApp(library);
    await waitForHeadlines(container, ['Harvest report', 'Shelling in Kherson']);

    await search(container, 'kherson');

    await waitForHeadlines(container, ['Shelling in Kherson']);
    const [row] = storyRows(container);
    expect(marks(row!)).toEqual(['Kherson', 'KHERSON']);
    expect(row!.querySelector('.grid-snippet')?.textContent).toContain('Residents of KHERSON fled');
    const last = library.callsOf('story:query').at(-1) as StoryQuery;
    expect(last).toMatchObject({ text: 'kherson', sort: { key: 'relevance', direction: 'desc' } });
  });

  it('marks accented words for a search without accents', async () => {
    const library = new FakeLibrary();
    library.add({ headline: 'Talks in Zürich resume', body: paragraph('Negotiators met in Zürich.') });
    const { container } = await renderApp(library);

    await search(container, 'zurich');

    await waitFor(() => expect(marks(storyRows(container)[0]!)).toEqual(['Zürich', 'Zürich']));
  });

  it('waits for a pause in typing before asking, then asks with every filter and the chosen sort', async () => {
    const library = new FakeLibrary();
    library.add({ headline: 'Port reopens', section: 'Business' });
    const { container } = await renderApp(library);
    await waitForHeadlines(container, ['Port reopens']);
    await click(getByRole(columnHeader(container, 'Slug'), 'button'));
    const before = library.callsOf('story:query').length;

    await search(container, 'p');
    await search(container, 'po');
    await search(container, 'por');

    await waitFor(() => expect(library.callsOf('story:query').length).toBeGreaterThan(before));
    const asked = library.callsOf('story:query').slice(before) as StoryQuery[];
    expect(asked.map((query) => query.text)).toEqual(['por']);
    expect(asked[0]!.sort).toEqual({ key: 'slug', direction: 'asc' });
    expect(asked[0]!.limit).toBeLessThanOrEqual(200);
  });

  it('says the search index is being built, and lists the stories meanwhile', async () => {
    const library = new FakeLibrary();
    library.searchState = { state: 'building', done: 3, total: 10 };
    library.add({ headline: 'Still listed' });
    const { container } = await renderApp(library);

    await waitForHeadlines(container, ['Still listed']);
    expect(container.textContent).toContain('Search index: building… 3 of 10');

    library.searchState = { state: 'ready', done: 10, total: 10 };
    await search(container, 'still');

    await waitFor(() => expect(container.textContent).not.toContain('Search index: building'));
  });

  it('says so when nothing matches', async () => {
    const library = new FakeLibrary();
    library.add({ headline: 'Port reopens' });
    const { container } = await renderApp(library);

    await search(container, 'zzzz');

    await waitFor(() => expect(container.textContent).toContain('No stories match.'));
    expect(storyRows(container)).toEqual([]);
  });
});
