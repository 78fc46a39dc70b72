import { afterEach, describe, expect, it } from 'vitest';
import { FakeLibrary } from '../support/fakeLibrary';
import { cleanup } from '../support/render';
import { renderApp } from '../support/renderApp';
import { openDetails, openStory } from '../support/storyEditor';

afterEach(cleanup);

describe('the quote list in the story details', () => {
  it('shows each quote an import found, with its speaker, title and verb', async () => {
    const library = new FakeLibrary();
    library.add({
      headline: 'Talks resume',
      quotes: [
        {
          text: 'There is, of course, no reason to expect miraculous progress.',
          speaker: 'Dmitri Peskov',
          title: 'Kremlin spokesperson',
          organization: '',
          context: '',
          verb: 'noted',
          standalone: false,
        },
        {
          text: 'We will see.',
          speaker: '',
          title: '',
          organization: '',
          context: '',
          verb: '',
          standalone: true,
        },
      ],
    });
    const { container } = await renderApp(library);
    await openStory(container, 'Talks resume');
    const details = await openDetails(container);

    const items = [...details.querySelectorAll('.quote-list li')].map((item) => item.textContent);
    expect(items).toEqual([
      'Dmitri Peskov, Kremlin spokesperson (noted)“There is, of course, no reason to expect miraculous progress.”',
      'No speaker found“We will see.”',
    ]);
  });

  it('is not there for a story without listed quotes', async () => {
    const library = new FakeLibrary();
    library.add({ headline: 'Talks resume' });
    const { container } = await renderApp(library);
    await openStory(container, 'Talks resume');
    const details = await openDetails(container);
    expect(details.querySelector('.quote-list')).toBeNull();
  });
});
