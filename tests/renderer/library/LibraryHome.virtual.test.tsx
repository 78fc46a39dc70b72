import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoryQuery } from '@shared/contract/querySchemas';
import { FakeLibrary } from '../support/fakeLibrary';
import { storyGrid, storyRows } from '../support/libraryHome';
import { getByRole } from '../support/queries';
import { cleanup, waitFor } from '../support/render';
import { renderApp } from '../support/renderApp';

afterEach(cleanup);

const ROW_HEIGHT = 52;

function bigLibrary(count: number): FakeLibrary {
  const library = new FakeLibrary();
  for (let index = 1; index <= count; index += 1) library.add({ headline: `Story ${index}` });
  return library;
}

async function scrollTo(scroller: HTMLElement, top: number): Promise<void> {
  await act(async () => {
    scroller.scrollTop = top;
    scroller.dispatchEvent(new Event('scroll'));
  });
}

describe('the library view: virtualized rows', () => {
  it('renders only the rows in view of 10,000, keeps the full scroll height and pages as it scrolls', async () => {
    const library = bigLibrary(10_000);
    const { container } = await renderApp(library);

    await waitFor(() => expect(storyRows(container).length).toBeGreaterThan(0));
    expect(storyRows(container).length).toBeLessThan(60);
    expect(storyGrid(container).getAttribute('aria-rowcount')).toBe('10001');
    const sizer = container.querySelector<HTMLElement>('.grid-sizer')!;
    expect(sizer.style.height).toBe(`${10_000 * ROW_HEIGHT}px`);
    const queries = () => library.callsOf('story:query') as StoryQuery[];
    expect(queries().every((query) => query.limit <= 200)).toBe(true);
    expect(queries().map((query) => query.offset)).toEqual([0]);

    const scroller = getByRole(storyGrid(container), 'rowgroup', /Story/);
    await scrollTo(scroller, 5_000 * ROW_HEIGHT);

    await waitFor(() => expect(storyRows(container)[0]?.textContent).toMatch(/^Story 50\d\d/));
    expect(storyRows(container).length).toBeLessThan(60);
    expect(queries().map((query) => query.offset)).toEqual([0, 4900, 5000]);
    const first = storyRows(container)[0]!;
    expect(first.style.top).toBe(
      `${Number(first.getAttribute('aria-rowindex')) * ROW_HEIGHT - 2 * ROW_HEIGHT}px`,
    );

    await scrollTo(scroller, 0);
    await waitFor(() => expect(storyRows(container)[0]?.textContent).toMatch(/^Story 10000/));
    expect(queries()).toHaveLength(3);
    // Ten thousand stories in the fake library take a while to make on a busy machine.
  }, 30_000);
});
