import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeLibrary, type MadeLibrary } from '../../bench/library/makeLibrary';
import { useAppSession } from './support/appSession';
import { skipWithoutChromium } from './support/chromium';
import { callHarness } from './support/harnessApi';

const STORIES = 10_000;
const QUOTE_WORD = 'zanzibarite';
// Building the index of 10,000 stories takes tens of seconds on a busy 2-core machine.
const INDEX_WAIT_MS = 240_000;

async function searchReady(harnessUrl: string): Promise<void> {
  const until = Date.now() + INDEX_WAIT_MS;
  for (;;) {
    const { search } = await callHarness(harnessUrl, 'story:query', { view: 'active', text: '', limit: 1 });
    if (search.state === 'ready') return;
    if (search.state === 'failed' || Date.now() > until)
      throw new Error(`The search index is ${search.state}.`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

const rows = (page: Page) =>
  page.getByRole('grid', { name: 'Stories' }).locator('[role="row"][data-story-id]');

async function search(page: Page, text: string): Promise<void> {
  await page.getByLabel('Search stories', { exact: true }).fill(text);
}

describe.skipIf(skipWithoutChromium())('A library of 10,000 generated stories in Chromium', () => {
  let made: MadeLibrary;
  const session = useAppSession({
    viewport: { width: 1440, height: 900 },
    fillLibrary: async (dir) => {
      made = await makeLibrary({ stories: STORIES, out: dir, seed: 6, plant: { quoteWord: QUOTE_WORD } });
    },
    prepare: (harness) => searchReady(harness.url),
  });

  it('finds the one story whose quote holds a word, first', async () => {
    const { page } = session;
    await search(page, QUOTE_WORD);
    await expect.poll(() => rows(page).first().getAttribute('data-story-id')).toBe(made.planted!.storyId);
    expect(await rows(page).first().locator('mark').first().textContent()).toBe(QUOTE_WORD);
  });

  it('combines filters with sorting', async () => {
    const { page } = session;
    await page.getByLabel('Section').selectOption('Sport');
    await page.getByLabel('Published', { exact: true }).check();
    await page.getByRole('button', { name: 'Headline' }).click();
    await expect
      .poll(async () => (await rows(page).count()) > 0 && (await rows(page).first().textContent()))
      .toBeTruthy();
    await page.waitForTimeout(500);
    const shown = await rows(page).evaluateAll((elements) =>
      elements.map((row) =>
        [...row.querySelectorAll('[role="gridcell"]')].map((cell) => cell.textContent ?? ''),
      ),
    );
    expect(shown.length).toBeGreaterThan(5);
    for (const cells of shown) {
      expect(cells[3]).toBe('Sport');
      expect(cells[4]).toBe('Published');
    }
    const headlines = shown.map((cells) => cells[0]!);
    const collator = new Intl.Collator(undefined, { sensitivity: 'accent' });
    expect([...headlines].sort(collator.compare)).toEqual(headlines);
  });

  it('drops a trashed story from search, finds it in the trash, and again once restored', async () => {
    const { page } = session;
    const id = made.planted!.storyId;
    await search(page, QUOTE_WORD);
    await expect.poll(() => rows(page).first().getAttribute('data-story-id')).toBe(id);
    await rows(page).first().click();
    await page.keyboard.press('Delete');
    await expect.poll(() => rows(page).count()).toBe(0);

    await page.getByRole('tab', { name: 'Trash' }).click();
    await search(page, QUOTE_WORD);
    const trashRows = page.getByRole('grid', { name: 'Trash' }).locator('[role="row"][data-story-id]');
    await expect.poll(() => trashRows.count()).toBe(1);
    expect(await trashRows.first().getAttribute('data-story-id')).toBe(id);
    await trashRows.first().click();
    await page
      .getByRole('toolbar', { name: 'Story actions' })
      .getByRole('button', { name: 'Restore' })
      .click();
    await expect.poll(() => trashRows.count()).toBe(0);

    await page.getByRole('tab', { name: 'Stories' }).click();
    await search(page, QUOTE_WORD);
    await expect.poll(() => rows(page).count()).toBe(1);
    expect(await rows(page).first().getAttribute('data-story-id')).toBe(id);
  });
});
