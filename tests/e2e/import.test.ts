import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_HEADLINE, storyListItem } from './support/app';
import { useAppSession } from './support/appSession';
import { skipWithoutChromium } from './support/chromium';
import { purgeEveryStory } from './support/harnessApi';

const SAMPLE_COPY = join(__dirname, '../../resources/samples/istanbul-peace-talks.txt');

describe.skipIf(skipWithoutChromium())('Importing copy in Chromium', () => {
  const session = useAppSession({
    viewport: { width: 1440, height: 900 },
    // The seeded sample has the same headline as the imported copy.
    prepare: (harness) => purgeEveryStory(harness.url),
  });

  it('turns the sample copy into a structured story and reports what it recognized and dropped', async () => {
    const { page } = session;
    await page.getByLabel('Files to import').setInputFiles(SAMPLE_COPY);

    const report = page.getByRole('dialog', { name: 'Import report' });
    await expect.poll(() => report.getByRole('status').textContent()).toBe('1 of 1 file imported.');
    const text = await report.textContent();
    expect(text).toContain('Dateline: ISTANBUL, Turkey —');
    expect(text).toContain('Volodymyr Zelensky, Ukrainian President (stated)');
    expect(text).toContain('“Connect with us” (web boilerplate)');
    await report.getByRole('button', { name: 'Close' }).click();

    await storyListItem(page, 'Stories', SAMPLE_HEADLINE).click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'City', exact: true }).inputValue())
      .toBe('Istanbul');
    expect(await page.getByRole('textbox', { name: 'Region', exact: true }).inputValue()).toBe('Turkey');
    // At this width the details are docked beside the body, open unless the writer closed them.
    const details = page.getByRole('button', { name: 'Story details' });
    if ((await details.getAttribute('aria-expanded')) !== 'true') await details.click();
    expect(await page.locator('.quote-list').textContent()).toContain(
      'Dmitri Peskov, Kremlin spokesperson (noted)',
    );
  });
});
