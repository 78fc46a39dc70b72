import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeLibrary } from '../support/fakeLibrary';
import { click, getByRole, pressKey, queryByRole } from '../support/queries';
import { cleanup } from '../support/render';
import { renderApp } from '../support/renderApp';
import { openStory } from '../support/storyEditor';

afterEach(async () => {
  await cleanup();
  vi.restoreAllMocks();
});

/** A test DOM has no layout, so the editor pane is given the width it would have on screen. */
function paneWidth(width: number): void {
  const measure = HTMLElement.prototype.getBoundingClientRect;
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('editor-pane') ? new DOMRect(0, 0, width, 700) : measure.call(this);
  });
}

async function twoStories() {
  const library = new FakeLibrary();
  library.add({ headline: 'First' });
  library.add({ headline: 'Second' });
  const { container } = await renderApp(library);
  await openStory(container, 'First');
  return container;
}

const details = (container: HTMLElement) => queryByRole(container, 'complementary', 'Story details');

describe('the story details panel', () => {
  it('docks open beside the body when the pane has room, and stays closed once closed', async () => {
    paneWidth(1008);
    const container = await twoStories();
    const toggle = getByRole(container, 'button', 'Story details');

    expect(details(container)?.classList.contains('docked')).toBe(true);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.getAttribute('aria-controls')).toBe(details(container)?.id);

    await click(toggle);
    expect(details(container)).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');

    await openStory(container, 'Second');
    expect(details(container)).toBeNull();
  });

  it('starts closed in a narrow pane and opens over the body, closing on Escape', async () => {
    paneWidth(752);
    const container = await twoStories();
    expect(details(container)).toBeNull();

    await click(getByRole(container, 'button', 'Story details'));
    const panel = details(container)!;
    expect(panel.classList.contains('overlay')).toBe(true);

    await pressKey(getByRole(panel, 'textbox', 'Keywords'), { key: 'Escape' });
    expect(details(container)).toBeNull();
    expect(document.activeElement).toBe(getByRole(container, 'button', 'Story details'));
  });
});
