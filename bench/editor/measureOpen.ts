import type { Page } from 'playwright-core';
import { storyListItem } from '../../tests/e2e/support/app';
import type { DesignVariant } from './designVariants';
import type { LongStory } from './longStory';

export interface OpenTimings {
  /** From the click on the story in the list to its last paragraph's text being in the editor's DOM. */
  clickToText: number;
  /** To the end of the style and layout of the first frame after that. */
  clickToLaidOut: number;
  /**
   * To the first idle period after that frame: work React deferred (node views render in portals) and
   * the paint are done. This is "ready to type in".
   */
  clickToIdle: number;
  /** From the end of the `story:get` response to idle: parsing, React and TipTap building the document. */
  responseToIdle: number;
}

const PROBE_TIMEOUT_MS = 60_000;

/**
 * Armed before the click, in the page, so no Playwright round trip or polling interval is timed. A
 * MutationObserver callback runs in the microtask right after the DOM changes; the forced layout in the
 * next animation frame adds the style and layout work a frame does before the story can be painted, and
 * an idle callback runs once nothing is left queued.
 */
function probeScript(lastParagraphText: string): string {
  return `
    window.__copydeskOpenProbe = new Promise((resolve) => {
      const marker = ${JSON.stringify(lastParagraphText)};
      let clickedAt = NaN;
      document.addEventListener('click', () => { clickedAt = performance.now(); }, { capture: true, once: true });
      const observer = new MutationObserver(() => {
        const last = document.querySelector('.ProseMirror')?.lastElementChild;
        if (!last?.textContent?.includes(marker)) return;
        const shownAt = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => {
          void document.body.offsetHeight;
          const laidOutAt = performance.now();
          requestIdleCallback(() => {
            const idleAt = performance.now();
            const get = performance.getEntriesByType('resource')
              .filter((entry) => entry.name.endsWith('/api/story:get') && entry.startTime >= clickedAt)
              .at(-1);
            resolve({
              clickToText: shownAt - clickedAt,
              clickToLaidOut: laidOutAt - clickedAt,
              clickToIdle: idleAt - clickedAt,
              responseToIdle: get ? idleAt - get.responseEnd : NaN,
            });
          });
        });
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    true;
  `;
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Reloads the app (a cold open, as after a restart), applies the design, then opens the story. */
export async function measureOpen(page: Page, story: LongStory, design: DesignVariant): Promise<OpenTimings> {
  await page.reload();
  const item = storyListItem(page, 'Stories', story.headline);
  await item.waitFor();
  if (design.css !== null) await page.addStyleTag({ content: design.css });
  await page.evaluate(probeScript(story.lastParagraphText));
  await item.click();
  return withTimeout(
    page.evaluate('window.__copydeskOpenProbe') as Promise<OpenTimings>,
    `Opening "${story.headline}"`,
  );
}
