import { cpus, loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/support/chromium';
import { watchPageProblems } from '../../tests/e2e/support/pageProblems';
import { p95 } from '../saveStory/statistics';
import { createStory } from './createStory';
import { longStory } from './longStory';
import type { LongStory } from './longStory';
import { measureOpen } from './measureOpen';
import { measureTyping } from './measureTyping';
import { parseOptions } from './options';
import type { TypingBenchmarkOptions } from './options';
import { printReport } from './report';
import type { Scenario } from './report';
import { startSnapshotHarness } from './snapshotHarness';

function buildStories(options: TypingBenchmarkOptions): LongStory[] {
  return options.sizes.map((size) => {
    const story = longStory(size);
    if (story.quoteCount !== size.quotes) {
      throw new Error(`Asked for ${size.quotes} quotes, built ${story.quoteCount}: too many for the words.`);
    }
    return story;
  });
}

/** A page that may skip the CSP, so designs can be injected as style sheets, and that fails on any error. */
async function benchPage(browser: Browser, url: string): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // An unload prompt about unsaved text would otherwise hold the next reload forever.
  page.on('dialog', (dialog) => void dialog.accept());
  const problems = await watchPageProblems(page);
  await page.goto(url);
  return { page, problems: problems.list };
}

async function runRounds(
  page: Page,
  problems: string[],
  scenarios: Scenario[],
  options: TypingBenchmarkOptions,
) {
  // Rounds interleave every story and design, so drift on a shared machine hits them alike.
  for (let round = 1; round <= options.rounds; round++) {
    for (const scenario of scenarios) {
      scenario.opens.push(await measureOpen(page, scenario.story, scenario.design));
      const costs = await measureTyping(page, scenario.design, options);
      scenario.busy.push(...costs.busy);
      scenario.cpu.push(...costs.cpu);
      scenario.script.push(...costs.script);
      scenario.styleAndLayout.push(...costs.styleAndLayout);
      scenario.scriptAndLayoutCpu.push(...costs.scriptAndLayoutCpu);
      scenario.roundP95s.push(p95(costs.busy));
      if (problems.length > 0) throw new Error(`The page reported problems:\n${problems.join('\n')}`);
    }
    console.log(`round ${round} of ${options.rounds} done`);
  }
}

export async function runTypingBenchmark(args: string[]): Promise<void> {
  const options = parseOptions(args);
  const stories = buildStories(options);
  const loadBefore = loadavg()[0] ?? Number.NaN;
  const harness = await startSnapshotHarness(options.build);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    for (const story of stories) await createStory(harness.url, story);
    const { page, problems } = await benchPage(browser, harness.url);
    const scenarios: Scenario[] = stories.flatMap((story) =>
      options.designs.map((design) => ({
        story,
        design,
        opens: [],
        busy: [],
        cpu: [],
        script: [],
        styleAndLayout: [],
        scriptAndLayoutCpu: [],
        roundP95s: [],
      })),
    );
    const machineNote = (chromium: string) => ({
      cpus: cpus().length,
      chromium,
      loadBefore,
      loadAfter: loadavg()[0] ?? Number.NaN,
    });
    try {
      await runRounds(page, problems, scenarios, options);
    } catch (error) {
      // A long run that fails late still tells what its finished rounds measured.
      if (scenarios.every((scenario) => scenario.roundP95s.length > 0)) {
        printReport(scenarios, options, machineNote(browser.version()));
        console.log('(partial: the run stopped on the error below)');
      }
      throw error;
    }
    printReport(scenarios, options, machineNote(browser.version()));
  } finally {
    await browser?.close();
    await harness.stop();
  }
}
