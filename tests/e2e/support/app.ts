import type { Locator, Page } from 'playwright-core';

export const SAMPLE_HEADLINE = 'Ukraine, Russia Discuss Peace Talks Amid Continuing Violence';

/** An item of the list a tab shows ("Stories" or "Trash"): a button named by its headline and details. */
export function storyListItem(page: Page, listName: 'Stories' | 'Trash', headline: string): Locator {
  return page.getByRole('list', { name: listName }).getByRole('button', { name: headline });
}

/**
 * Waits until the save status reads exactly `expected`. Fails at once on "Save failed: …", quoting
 * it, rather than timing out without saying why.
 */
export async function waitForSaveStatus(page: Page, expected: string, timeoutMs = 15_000): Promise<void> {
  const status = page.getByRole('status');
  const deadline = Date.now() + timeoutMs;
  let seen: string | null = null;
  while (Date.now() < deadline) {
    seen = (await status.count()) === 1 ? await status.textContent() : null;
    if (seen === expected) return;
    if (seen?.startsWith('Save failed') && !expected.startsWith('Save failed')) {
      throw new Error(`Expected the save status "${expected}", but it reads "${seen}".`);
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`The save status did not read "${expected}" within ${timeoutMs} ms; last seen: "${seen}".`);
}

export function uniqueHeadline(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
