import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoryDraft } from '@shared/story/story';
import { FakeLibrary } from '../support/fakeLibrary';
import { getByRole, typeInto } from '../support/queries';
import { advance, cleanup } from '../support/render';
import { renderApp } from '../support/renderApp';
import { installFakeClock, openDetails, openStory, typeInBody } from '../support/storyEditor';

beforeEach(installFakeClock);

afterEach(async () => {
  await cleanup();
  vi.useRealTimers();
});

const sixWords: StoryDraft['body'] = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Talks resumed in Istanbul on Tuesday.' }] },
  ],
};

async function opened(draft: Partial<StoryDraft>) {
  const library = new FakeLibrary();
  library.add({ headline: 'Talks', body: sixWords, ...draft });
  const { container } = await renderApp(library);
  await openStory(container, 'Talks');
  const text = (selector: string) => container.querySelector(selector)?.textContent ?? null;
  return { container, text };
}

describe('the word count', () => {
  it('counts the body alone when there is no target', async () => {
    const { container, text } = await opened({});

    expect(text('.word-count-total')).toBe('6 words');
    expect(container.querySelector('meter')).toBeNull();
  });

  it('measures against the length target with a meter and what is left to write', async () => {
    const { container, text } = await opened({ targetWords: 10 });

    expect(text('.word-count-total')).toBe('6 / 10 words');
    expect(text('.length-hint')).toBe('4 to go');
    const meter = getByRole(container, 'meter', 'Length against target');
    expect([meter.getAttribute('value'), meter.getAttribute('max')]).toEqual(['6', '10']);

    await typeInBody(container, ' More words arrive here now, and then some.');
    expect(text('.word-count-total')).toBe('6 / 10 words');
    await advance(300);
    expect(text('.word-count-total')).toBe('14 / 10 words');
    expect(text('.length-hint')).toBe('4 over');
  });

  it('follows a target set in the details at once', async () => {
    const { container, text } = await opened({});

    await typeInto(getByRole(await openDetails(container), 'spinbutton', 'Length target'), '5');

    expect(text('.word-count-total')).toBe('6 / 5 words');
    expect(text('.length-hint')).toBe('1 over');
  });

  it('keeps counting while the writer types without a pause', async () => {
    const { container, text } = await opened({});

    for (let elapsed = 0; elapsed < 2_000; elapsed += 100) {
      await typeInBody(container, ' word');
      await advance(100);
    }

    expect(text('.word-count-total')).not.toBe('6 words');
  });

  it('tells a screen reader the count now and then, not on every change', async () => {
    const { container } = await opened({ targetWords: 10 });
    const live = container.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe('');

    await typeInBody(container, ' One.');
    await advance(300);
    // Counted first; the announcement is a zero-delay timer set by the render that shows the count, and
    // such a timer runs a millisecond later.
    await advance(1);
    expect(live.textContent).toBe('7 / 10 words, 3 to go');

    await typeInBody(container, ' Two.');
    await advance(300);
    expect(live.textContent).toBe('7 / 10 words, 3 to go');
    await advance(10_000);
    expect(live.textContent).toBe('8 / 10 words, 2 to go');
  });
});
