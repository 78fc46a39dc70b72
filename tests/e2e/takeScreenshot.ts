import { launchChromium } from './support/chromium';
import { startHarnessProcess } from './support/harness';
import { saveLibraryScreenshot } from './support/screenshot';

/** `npm run screenshot`: rewrites the README's image from the built app, with the sample story open. */
async function takeScreenshot(): Promise<void> {
  const browser = await launchChromium();
  const harness = await startHarnessProcess();
  try {
    console.log(`Saved ${await saveLibraryScreenshot(browser, harness.url)}`);
  } finally {
    await browser.close();
    await harness.stop();
  }
}

takeScreenshot().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
