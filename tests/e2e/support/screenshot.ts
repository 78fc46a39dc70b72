import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { SAMPLE_HEADLINE, storyListItem } from './app';

export const SCREENSHOT_FILE = resolve(__dirname, '../../../docs/screenshot-library.png');

/** The README's picture: the library with the sample story open, at a laptop-sized 1280×800. */
export async function saveLibraryScreenshot(browser: Browser, harnessUrl: string): Promise<string> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  try {
    await page.goto(harnessUrl);
    await storyListItem(page, 'Stories', SAMPLE_HEADLINE).click();
    await page
      .getByRole('textbox', { name: 'Story body' })
      .getByText('Istanbul', { exact: false })
      .first()
      .waitFor();
    // Taken before web fonts load, the picture would show fallback glyphs.
    await page.evaluate('document.fonts.ready.then(() => true)');
    // Opening a story focuses its editor; a focus ring on the first node would distract in a README.
    await page.evaluate('document.activeElement?.blur()');
    await mkdir(dirname(SCREENSHOT_FILE), { recursive: true });
    await page.screenshot({ path: SCREENSHOT_FILE, animations: 'disabled', caret: 'hide' });
    return SCREENSHOT_FILE;
  } finally {
    await page.close();
  }
}
