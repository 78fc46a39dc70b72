import { afterEach, describe, expect, it } from 'vitest';
import { storyDraftSchema } from '@shared/story/story';
import sample from '../../../resources/samples/istanbul-peace-talks.story.json';
import { FakeLibrary } from '../support/fakeLibrary';
import { click, getByRole, queryAllByRole, queryByRole } from '../support/queries';
import { cleanup, waitFor } from '../support/render';
import { renderApp } from '../support/renderApp';

afterEach(cleanup);

describe('the library', () => {
  it('lists stories with their section, status and length, and marks the open one', async () => {
    const library = new FakeLibrary();
    library.add(storyDraftSchema.parse(sample));
    library.add({ section: 'Sport' });
    const { container } = await renderApp(library);

    const list = getByRole(container, 'list', 'Stories');
    const items = queryAllByRole(list, 'button');
    expect(items.map((item) => item.querySelector('.story-item-headline')?.textContent)).toEqual([
      'Untitled story',
      'Ukraine, Russia Discuss Peace Talks Amid Continuing Violence',
    ]);
    const seeded = items[1]!;
    expect(seeded.textContent).toContain('World');
    expect(seeded.textContent).toContain('Draft');
    expect(seeded.textContent).toMatch(/\d+ words/);
    expect(seeded.querySelector('time')?.getAttribute('datetime')).toMatch(/^2026-03-02T/);
    expect(seeded.getAttribute('aria-current')).toBeNull();

    await click(seeded);

    await waitFor(() => expect(seeded.getAttribute('aria-current')).toBe('true'));
    expect(items[0]!.getAttribute('aria-current')).toBeNull();
    const body = getByRole(container, 'textbox', 'Story body');
    expect(body.querySelector('p[data-type="dateline"]')?.textContent).toBe('ISTANBUL, Turkey —');
    expect(body.querySelectorAll('figure[data-type="quote"] figcaption')).toHaveLength(2);
  });

  it('pages through a long library with Load more', async () => {
    const library = new FakeLibrary();
    for (let index = 1; index <= 130; index += 1) library.add({ headline: `Story ${index}` });
    const { container } = await renderApp(library);

    const list = getByRole(container, 'list', 'Stories');
    expect(queryAllByRole(list, 'listitem')).toHaveLength(100);
    expect(library.callsOf('story:list')).toEqual([{ view: 'active', offset: 0, limit: 100 }]);

    await click(getByRole(container, 'button', 'Load more'));

    await waitFor(() => expect(queryAllByRole(list, 'listitem')).toHaveLength(130));
    expect(library.callsOf('story:list')[1]).toEqual({ view: 'active', offset: 100, limit: 100 });
    expect(queryByRole(container, 'button', 'Load more')).toBeNull();
  });

  it('explains an empty library and an empty trash', async () => {
    const { container } = await renderApp(new FakeLibrary());

    expect(container.textContent).toContain('No stories yet');
    const trashTab = getByRole(container, 'tab', 'Trash');
    expect(getByRole(container, 'tab', 'Stories').getAttribute('aria-selected')).toBe('true');

    await click(trashTab);

    await waitFor(() => expect(container.textContent).toContain('The trash is empty'));
    expect(trashTab.getAttribute('aria-selected')).toBe('true');
    expect(getByRole(container, 'list', 'Trash')).toBeTruthy();
  });

  it('tells the writer which files were quarantined and where they went', async () => {
    const library = new FakeLibrary();
    library.status = {
      ...library.status,
      indexRebuilt: true,
      quarantined: [
        {
          file: 'a1b2.story.json',
          movedTo: '/home/desk/Copydesk/quarantine/a1b2.story.json',
          reason: 'Not valid JSON',
          at: '2026-03-02T08:00:00.000Z',
        },
      ],
    };
    const { container } = await renderApp(library);

    const banner = getByRole(container, 'alert', /quarantine folder/);
    expect(banner.textContent).toContain('a1b2.story.json');
    expect(banner.textContent).toContain('Not valid JSON');
    expect(banner.textContent).toContain('/home/desk/Copydesk/quarantine');
    expect(banner.textContent).toContain('rebuilt');

    await click(getByRole(banner, 'button', 'Dismiss library notice'));
    expect(queryByRole(container, 'alert', /quarantine folder/)).toBeNull();
  });

  it('shows no banner for a healthy library', async () => {
    const { container } = await renderApp(new FakeLibrary());
    expect(queryAllByRole(container, 'alert')).toEqual([]);
  });

  it('shows the message of a call that failed', async () => {
    const library = new FakeLibrary();
    const { container } = await renderApp(library);

    library.failNext('story:create', { code: 'storage', message: 'The library folder is read-only.' });
    await click(getByRole(container, 'button', 'New story'));

    const alert = await waitFor(() => getByRole(container, 'alert', /read-only/));
    expect(alert.textContent).toContain('Could not create a story: The library folder is read-only.');
  });

  it('shows why the list could not load', async () => {
    const library = new FakeLibrary();
    library.failNext('story:list', {
      code: 'internal',
      message: 'Copydesk could not reach its library: offline',
    });
    const { container } = await renderApp(library);

    expect(getByRole(container, 'alert', /could not reach its library: offline/)).toBeTruthy();
  });
});
