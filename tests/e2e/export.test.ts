import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateXml } from '../../src/main/export/validate/validateXml';
import { SAMPLE_HEADLINE, storyListItem } from './support/app';
import { useAppSession } from './support/appSession';
import { skipWithoutChromium } from './support/chromium';

const SAMPLE_SLUG = 'ukraine-russia-discuss-peace-talks-amid-continuing-violence';

describe.skipIf(skipWithoutChromium())('Exporting from the app in Chromium', () => {
  const session = useAppSession({ viewport: { width: 1280, height: 860 } });
  let folder: string;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'copydesk-e2e-export-'));
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  async function openExportDialog() {
    const { page } = session;
    await storyListItem(page, 'Stories', SAMPLE_HEADLINE).click();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    return page.getByRole('dialog', { name: 'Export story' });
  }

  it('previews, warns about an unapproved story, and writes valid NITF and HTML files to the folder', async () => {
    const dialog = await openExportDialog();
    await expect.poll(() => dialog.getByText(/draft, not approved/).count()).toBe(1);
    await expect.poll(() => dialog.locator('pre').textContent()).toContain('<article');

    await dialog.getByRole('checkbox', { name: 'NITF 3.6' }).check();
    await expect.poll(() => dialog.locator('pre').textContent()).toContain('<nitf');
    await dialog.getByRole('checkbox', { name: /^HTML page/ }).check();
    await dialog.getByRole('textbox', { name: 'Folder' }).fill(folder);
    await dialog.getByRole('button', { name: 'Export files' }).click();
    await expect
      .poll(() => dialog.getByRole('status').textContent())
      .toContain(`Wrote 2 files to ${folder}.`);

    expect((await readdir(folder)).sort()).toEqual([`${SAMPLE_SLUG}.html`, `${SAMPLE_SLUG}.nitf.xml`]);
    const nitf = await readFile(join(folder, `${SAMPLE_SLUG}.nitf.xml`), 'utf8');
    expect(await validateXml(nitf, 'nitf')).toEqual({ valid: true, problems: [] });
    const html = await readFile(join(folder, `${SAMPLE_SLUG}.html`), 'utf8');
    expect(html).toContain('<span class="speaker">Dmitri Peskov</span>');
  });

  it('puts the story on the clipboard as HTML and as plain text', async () => {
    const { page } = session;
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.harness.url });
    const dialog = await openExportDialog();

    await dialog.getByRole('button', { name: 'Copy as HTML' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Copied as HTML.');
    const html = String(
      await page.evaluate(
        `navigator.clipboard.read().then(([item]) => item.getType('text/html')).then((blob) => blob.text())`,
      ),
    );
    expect(html).toContain('<figcaption>');

    await dialog.getByRole('button', { name: 'Copy as plain text' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Copied as plain text.');
    expect(String(await page.evaluate('navigator.clipboard.readText()'))).toContain(SAMPLE_HEADLINE);
  });
});
