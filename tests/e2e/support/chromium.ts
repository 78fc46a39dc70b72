import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const CI_MESSAGE = 'Chromium is required in CI: apt-get install -y chromium';

// Background services phone home or update themselves; an offline test run needs neither.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

function chromiumIsInstalled(): boolean {
  return existsSync(chromiumPath());
}

/**
 * True when the browser tests should be skipped: only outside CI, where a missing browser is a
 * local setup matter. In CI the suite runs anyway and launchChromium fails it loudly.
 */
export function skipWithoutChromium(): boolean {
  if (chromiumIsInstalled() || process.env.CI) return false;
  console.warn(
    `Skipping the browser tests: no Chromium at ${chromiumPath()}. ` +
      'Install it (apt-get install -y chromium) or set CHROMIUM_PATH to run them.',
  );
  return true;
}

export async function launchChromium(): Promise<Browser> {
  if (!chromiumIsInstalled()) {
    throw new Error(`${CI_MESSAGE} (looked for ${chromiumPath()}; set CHROMIUM_PATH to use another)`);
  }
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}
