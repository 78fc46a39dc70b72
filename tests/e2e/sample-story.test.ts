import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { EditorNodeJson } from '@shared/story/editorDocument';
import { SAMPLE_HEADLINE, storyListItem, waitForSaveStatus } from './support/app';
import { skipWithoutChromium } from './support/chromium';
import { useAppSession } from './support/appSession';
import { purgeEveryStory } from './support/harnessApi';
import type { SampleQuote } from './support/sampleStoryText';
import {
  KREMLIN_PARAGRAPH,
  PESKOV_QUOTE,
  SAMPLE_PARAGRAPHS,
  ZELENSKY_QUOTE,
} from './support/sampleStoryText';
import { storyFileOnDisk } from './support/storyFileOnDisk';

const body = (page: Page) => page.getByRole('textbox', { name: 'Story body' });
const quoteBlock = (page: Page, index: number) => body(page).getByRole('figure').nth(index);
const field = (scope: Locator, name: string) => scope.getByRole('textbox', { name, exact: true });
const textOf = (node: EditorNodeJson | undefined): string =>
  (node?.text ?? '') + (node?.content ?? []).map(textOf).join('');

async function expectFocused(page: Page, target: Locator, what: string): Promise<void> {
  const id = await target.getAttribute('id');
  const focusedId = () => page.evaluate('document.activeElement?.id');
  await expect.poll(focusedId, { message: `${what} should have the keyboard focus` }).toBe(id);
}

/** With the caret in the quote's words: Insert quote, then its attribution by keyboard, then back to the body. */
async function makeQuote(page: Page, index: number, quote: SampleQuote): Promise<void> {
  await page.getByRole('button', { name: 'Insert quote' }).click();
  const speaker = field(quoteBlock(page, index), 'Speaker');
  await expectFocused(page, speaker, 'Speaker, after Insert quote');
  await page.keyboard.type(quote.speaker);
  await page.keyboard.press('Tab');
  await page.keyboard.type(quote.title);
  if (quote.context) {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type(quote.context);
  }
  await page.keyboard.press('Enter');
}

async function expectQuoteOnScreen(page: Page, index: number, quote: SampleQuote): Promise<void> {
  const block = quoteBlock(page, index);
  expect(await block.textContent()).toContain(quote.text);
  expect(await field(block, 'Speaker').inputValue()).toBe(quote.speaker);
  expect(await field(block, 'Title').inputValue()).toBe(quote.title);
  expect(await field(block, 'Context').inputValue()).toBe(quote.context);
}

describe.skipIf(skipWithoutChromium())('Writing the sample story from scratch in Chromium', () => {
  const session = useAppSession({
    viewport: { width: 1440, height: 900 },
    // The first run seeds this very story; without it the writer's copy is the only one so headed.
    prepare: (harness) => purgeEveryStory(harness.url),
  });

  it('keeps every structured field through an autosave, a reload and the file on disk', async () => {
    const { page, harness } = session;
    await page.getByRole('button', { name: 'New story' }).click();
    await page.getByRole('textbox', { name: 'Headline', exact: true }).fill(SAMPLE_HEADLINE);
    await page.getByRole('combobox', { name: 'Section' }).fill('World');

    await body(page).click();
    await page.getByRole('button', { name: 'Insert dateline' }).click();
    await expectFocused(page, field(body(page), 'City'), 'City, after Insert dateline');
    await page.keyboard.type('Istanbul');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Turkey');
    await page.keyboard.press('Enter');

    for (const paragraph of SAMPLE_PARAGRAPHS) {
      await page.keyboard.type(paragraph);
      await page.keyboard.press('Enter');
    }
    await page.keyboard.type(ZELENSKY_QUOTE.text);
    await makeQuote(page, 0, ZELENSKY_QUOTE);
    await page.keyboard.type(KREMLIN_PARAGRAPH);
    await page.keyboard.press('Enter');
    await page.keyboard.type(PESKOV_QUOTE.text);
    await makeQuote(page, 1, PESKOV_QUOTE);

    await page.getByRole('button', { name: 'Insert attribution' }).click();
    await body(page).getByRole('combobox', { name: 'Credit type' }).selectOption('reporting');
    await field(body(page), 'Names').fill('Jane Doe');
    await field(body(page), 'Place').fill('Istanbul');
    await waitForSaveStatus(page, 'Saved');

    await page.reload();
    await storyListItem(page, 'Stories', SAMPLE_HEADLINE).click();
    await body(page).getByText(SAMPLE_PARAGRAPHS[0]).waitFor();
    expect(await page.getByRole('textbox', { name: 'Headline', exact: true }).inputValue()).toBe(
      SAMPLE_HEADLINE,
    );
    expect(await page.getByRole('combobox', { name: 'Section' }).inputValue()).toBe('World');
    expect(await field(body(page), 'City').inputValue()).toBe('Istanbul');
    expect(await field(body(page), 'Region').inputValue()).toBe('Turkey');
    await expectQuoteOnScreen(page, 0, ZELENSKY_QUOTE);
    await expectQuoteOnScreen(page, 1, PESKOV_QUOTE);
    expect(await body(page).getByRole('combobox', { name: 'Credit type' }).inputValue()).toBe('reporting');
    expect(await field(body(page), 'Names').inputValue()).toBe('Jane Doe');
    expect(await field(body(page), 'Place').inputValue()).toBe('Istanbul');

    const story = await storyFileOnDisk(harness.libraryDir, SAMPLE_HEADLINE);
    expect(story.section).toBe('World');
    const blocks = story.body.content ?? [];
    expect(blocks[0]).toMatchObject({ type: 'dateline', attrs: { city: 'Istanbul', region: 'Turkey' } });
    const paragraphs = blocks.filter((block) => block.type === 'paragraph').map(textOf);
    expect(paragraphs).toEqual(expect.arrayContaining([...SAMPLE_PARAGRAPHS, KREMLIN_PARAGRAPH]));
    const quotes = blocks.filter((block) => block.type === 'quote');
    expect(quotes.map((quote) => textOf(quote.content?.[0]))).toEqual([
      ZELENSKY_QUOTE.text,
      PESKOV_QUOTE.text,
    ]);
    expect(quotes.map((quote) => quote.content?.[1])).toEqual(
      [ZELENSKY_QUOTE, PESKOV_QUOTE].map(({ speaker, title, context }) => ({
        type: 'quoteAttribution',
        attrs: { speaker, title, organization: '', context },
      })),
    );
    expect(blocks).toContainEqual({
      type: 'attribution',
      attrs: { kind: 'reporting', names: 'Jane Doe', organization: '', place: 'Istanbul' },
    });
  });
});
