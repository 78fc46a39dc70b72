import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_HEADLINE, storyListItem } from './support/app';
import { useAppSession } from './support/appSession';
import { skipWithoutChromium } from './support/chromium';
import { purgeEveryStory } from './support/harnessApi';

const SAMPLE_COPY = join(__dirname, '../../resources/samples/istanbul-peace-talks.txt');
const SAVED_PAGE = join(__dirname, '../shared/import/fixtures/html/istanbul-peace-talks.saved.html');

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

  it('imports a saved web page, a Markdown file and a broken DOCX together, reporting each', async () => {
    const { page } = session;
    const brokenDocx = {
      name: 'cut-short.docx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('PK\u0003\u0004 not a zip'),
    };
    const markdown = {
      name: 'harbour.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(
        '# Dockers strike at Piraeus\n\nPIRAEUS, Greece (Reuters) — Dockers walked out on Monday.\n',
      ),
    };
    const savedPage = { name: 'talks.html', mimeType: 'text/html', buffer: readFileSync(SAVED_PAGE) };
    await page.getByLabel('Files to import').setInputFiles([savedPage, markdown, brokenDocx]);

    const report = page.getByRole('dialog', { name: 'Import report' });
    await expect.poll(() => report.getByRole('status').textContent()).toBe('2 of 3 files imported.');
    const text = await report.textContent();
    expect(text).toContain('Read as Web page (HTML)');
    expect(text).toContain('Dmitri Peskov, Kremlin spokesperson (noted)');
    expect(text).toContain('Dateline: PIRAEUS, Greece (Reuters) —');
    expect(text).toContain('cut-short.docx: not imported');
    await report.getByRole('button', { name: 'Close' }).click();

    await storyListItem(page, 'Stories', 'Dockers strike at Piraeus').click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'City', exact: true }).inputValue())
      .toBe('Piraeus');
  });
});
