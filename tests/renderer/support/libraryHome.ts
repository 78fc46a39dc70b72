import { expect } from 'vitest';
import { getByLabel, getByRole, queryAllByRole, typeInto } from './queries';
import { waitFor } from './render';

export function storyGrid(container: HTMLElement, name: 'Stories' | 'Trash' = 'Stories'): HTMLElement {
  return getByRole(container, 'grid', name);
}

/** The story rows the grid has in the DOM, header row and rows still loading left out. */
export function storyRows(container: HTMLElement, name: 'Stories' | 'Trash' = 'Stories'): HTMLElement[] {
  return queryAllByRole(storyGrid(container, name), 'row').filter((row) => row.hasAttribute('data-story-id'));
}

export function gridHeadlines(container: HTMLElement, name: 'Stories' | 'Trash' = 'Stories'): string[] {
  return storyRows(container, name).map((row) => row.querySelector('.grid-headline')?.textContent ?? '');
}

export function selectedHeadline(
  container: HTMLElement,
  name: 'Stories' | 'Trash' = 'Stories',
): string | null {
  const row = storyRows(container, name).find(
    (candidate) => candidate.getAttribute('aria-selected') === 'true',
  );
  return row?.querySelector('.grid-headline')?.textContent ?? null;
}

export async function waitForHeadlines(
  container: HTMLElement,
  expected: string[],
  name: 'Stories' | 'Trash' = 'Stories',
): Promise<void> {
  await waitFor(() => expect(gridHeadlines(container, name)).toEqual(expected));
}

export function searchBox(container: HTMLElement): HTMLInputElement {
  return getByLabel(container, 'Search stories') as HTMLInputElement;
}

export async function search(container: HTMLElement, text: string): Promise<void> {
  await typeInto(searchBox(container), text);
}

export function columnHeader(container: HTMLElement, label: string): HTMLElement {
  return getByRole(storyGrid(container), 'columnheader', new RegExp(`^${label}`));
}
