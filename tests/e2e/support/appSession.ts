import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchChromium } from './chromium';
import type { HarnessProcess } from './harness';
import { startHarnessProcess } from './harness';
import type { PageProblems } from './pageProblems';
import { watchPageProblems } from './pageProblems';

export interface AppSession {
  readonly page: Page;
  readonly harness: HarnessProcess;
}

interface SessionOptions {
  viewport: { width: number; height: number };
  /** Runs once the harness is up, before the first page opens. */
  prepare?: (harness: HarnessProcess) => Promise<void>;
  /** Fills the empty library folder before the harness opens it. */
  fillLibrary?: (dir: string) => Promise<void>;
}

/**
 * The hooks every end-to-end file needs: one Chromium and one harness per file, a fresh page per test, and a
 * test that fails on any console error or CSP violation, and on a harness that did not close cleanly.
 */
export function useAppSession({ viewport, prepare, fillLibrary }: SessionOptions): AppSession {
  let browser: Browser;
  let harness: HarnessProcess;
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    browser = await launchChromium();
    harness = await startHarnessProcess(fillLibrary);
    await prepare?.(harness);
  });

  afterAll(async () => {
    await browser?.close();
    const stopped = await harness?.stop();
    if (stopped) {
      expect(stopped.stderr, 'the harness logged errors').toBe('');
      expect(stopped.exitCode, 'the harness did not close cleanly').toBe(0);
    }
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport });
    problems = await watchPageProblems(page);
    await page.goto(harness.url);
  });

  afterEach(async () => {
    await page.close();
    expect(problems.list, 'console errors or CSP violations on the page').toEqual([]);
  });

  return {
    get page() {
      return page;
    },
    get harness() {
      return harness;
    },
  };
}
