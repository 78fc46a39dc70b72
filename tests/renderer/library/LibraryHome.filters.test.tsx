import { afterEach, describe, expect, it } from 'vitest';
import { FakeLibrary } from '../support/fakeLibrary';
import { search, waitForHeadlines } from '../support/libraryHome';
import { chooseOption, click, getByLabel, getByRole, typeInto } from '../support/queries';
import { cleanup, waitFor } from '../support/render';
import { renderApp } from '../support/renderApp';

afterEach(cleanup);

const byline = (name: string) => ({ name, title: '', organization: '' });

function desk(): FakeLibrary {
  const library = new FakeLibrary();
  library.add({ headline: 'Flood warning', section: 'World', status: 'submitted', keywords: ['weather'] });
  library.add({
    headline: 'Flood defences fail',
    section: 'World',
    status: 'draft',
    bylines: [byline('Ana Ruiz')],
  });
  library.add({
    headline: 'Cup final',
    section: 'Sport',
    status: 'submitted',
    bylines: [byline('Ben Okafor')],
  });
  return library;
}

describe('the library view: filters', () => {
  it('filters by status, section, keyword and byline, offering the sections and keywords there are', async () => {
    const { container } = await renderApp(desk());
    await waitForHeadlines(container, ['Cup final', 'Flood defences fail', 'Flood warning']);

    await click(getByRole(getByRole(container, 'group', 'Status'), 'checkbox', 'Submitted'));
    await waitForHeadlines(container, ['Cup final', 'Flood warning']);

    const section = getByLabel(container, 'Section') as HTMLSelectElement;
    await waitFor(() =>
      expect([...section.options].map((option) => option.value)).toEqual(['', 'Sport', 'World']),
    );
    await chooseOption(section, 'World');
    await waitForHeadlines(container, ['Flood warning']);

    await click(getByRole(container, 'button', 'Clear filters'));
    await waitForHeadlines(container, ['Cup final', 'Flood defences fail', 'Flood warning']);

    await chooseOption(getByLabel(container, 'Keyword'), 'weather');
    await waitForHeadlines(container, ['Flood warning']);
    await chooseOption(getByLabel(container, 'Keyword'), '');

    await typeInto(getByLabel(container, 'Byline'), 'okaf');
    await waitForHeadlines(container, ['Cup final']);
  });

  it('filters by the day of the last change', async () => {
    const { container } = await renderApp(desk());
    await waitForHeadlines(container, ['Cup final', 'Flood defences fail', 'Flood warning']);

    await typeInto(getByLabel(container, 'Changed to'), '2026-03-01');
    await waitFor(() => expect(container.textContent).toContain('No stories match.'));

    await typeInto(getByLabel(container, 'Changed from'), '2026-03-02');
    await typeInto(getByLabel(container, 'Changed to'), '2026-03-02');
    await waitForHeadlines(container, ['Cup final', 'Flood defences fail', 'Flood warning']);
  });

  it('combines filters with the search', async () => {
    const { container } = await renderApp(desk());
    await click(await waitFor(() => getByRole(getByRole(container, 'group', 'Status'), 'checkbox', 'Draft')));

    await search(container, 'flood');

    await waitForHeadlines(container, ['Flood defences fail']);
  });
});
