import { describe, expect, it } from 'vitest';
import { SAMPLE_HEADLINE } from './support/app';
import { useAppSession } from './support/appSession';
import { skipWithoutChromium } from './support/chromium';

describe.skipIf(skipWithoutChromium())('The library view in Chromium', () => {
  const session = useAppSession({ viewport: { width: 1440, height: 900 } });

  it('is the home: / searches, the arrows and Enter open a story, Library comes back', async () => {
    const { page } = session;
    const grid = page.getByRole('grid', { name: 'Stories' });
    await grid.getByRole('row', { name: new RegExp(SAMPLE_HEADLINE) }).waitFor();

    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Search stories',
    );

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Headline', exact: true }).inputValue())
      .toBe(SAMPLE_HEADLINE);

    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await grid.getByRole('row', { name: new RegExp(SAMPLE_HEADLINE), selected: true }).waitFor();
  });
});
