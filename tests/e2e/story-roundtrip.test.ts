import { describe, expect, it } from 'vitest';
import { SAMPLE_HEADLINE, storyListItem, uniqueHeadline, waitForSaveStatus } from './support/app';
import { skipWithoutChromium } from './support/chromium';
import { useAppSession } from './support/appSession';
import { storyOnDisk } from './support/libraryFiles';

const TYPED_PARAGRAPH =
  'The city council voted seven to two on Tuesday night to keep the harbor ferry running through the winter.';

describe.skipIf(skipWithoutChromium())('Copydesk in Chromium over the browser harness', () => {
  const session = useAppSession({ viewport: { width: 1280, height: 800 } });

  it('writes a new story, saves it to disk and opens it again after a reload', async () => {
    const { page, harness } = session;
    await storyListItem(page, 'Stories', SAMPLE_HEADLINE).waitFor();
    const headline = uniqueHeadline('Ferry stays');

    await page.getByRole('button', { name: 'New story' }).click();
    await page.getByRole('textbox', { name: 'Headline', exact: true }).fill(headline);
    await page.getByRole('textbox', { name: 'Story body' }).click();
    await page.keyboard.type(TYPED_PARAGRAPH);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await waitForSaveStatus(page, 'Saved');

    await page.reload();
    await storyListItem(page, 'Stories', headline).click();
    await page.getByRole('textbox', { name: 'Story body' }).getByText(TYPED_PARAGRAPH).waitFor();
    expect(await page.getByRole('textbox', { name: 'Headline', exact: true }).inputValue()).toBe(headline);

    expect((await storyOnDisk(harness.libraryDir, headline)).bodyText).toContain(TYPED_PARAGRAPH);
  });

  it('moves a story to the trash and restores it', async () => {
    const { page, harness } = session;
    const headline = uniqueHeadline('Trash me');
    await page.getByRole('button', { name: 'New story' }).click();
    await page.getByRole('textbox', { name: 'Headline', exact: true }).fill(headline);
    await page.keyboard.press('Control+S');
    await waitForSaveStatus(page, 'Saved');
    await storyListItem(page, 'Stories', headline).waitFor();

    await page.getByRole('button', { name: 'Move to trash' }).click();
    await storyListItem(page, 'Stories', headline).waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: 'Trash' }).click();
    await storyListItem(page, 'Trash', headline).click();
    expect((await storyOnDisk(harness.libraryDir, headline)).trashedAt).toEqual(expect.any(String));

    await page.getByRole('button', { name: 'Restore' }).click();
    await storyListItem(page, 'Trash', headline).waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: 'Stories' }).click();
    await storyListItem(page, 'Stories', headline).waitFor();
    expect((await storyOnDisk(harness.libraryDir, headline)).trashedAt).toBeNull();
  });
});
