import { describe, expect, it } from 'vitest';
import { bodyProblem } from '@shared/editor/validateBody';
import type { EditorNodeJson } from '@shared/story/editorDocument';
import { storySchema } from '@shared/story/story';
import type { Story } from '@shared/story/story';
import { summarize } from '@shared/story/summarize';
import { wordCountOf } from '@shared/story/wordCount';
import { LIBRARY_SPAN_MS } from '../../../bench/library/deskLife';
import { generateStory } from '../../../bench/library/generateStory';
import { DEFAULT_UNTIL } from '../../../bench/library/makeLibrary';
import { buildNewsroom } from '../../../bench/library/newsroom';
import { PLACES } from '../../../bench/library/places';

const SEED = 7;
const until = DEFAULT_UNTIL.getTime();
const newsroom = buildNewsroom(SEED);
const stories: Story[] = Array.from({ length: 400 }, (_, index) =>
  generateStory({ seed: SEED, index, newsroom, until, idMask: 0x1234, trashed: false }),
);

const blocks = (story: Story, type: string) =>
  (story.body.content ?? []).filter((node) => node.type === type);

function texts(node: EditorNodeJson): string[] {
  return [node.text ?? '', ...(node.content ?? []).flatMap(texts)];
}

describe('generateStory', () => {
  it('gives stories the library accepts: storySchema and bodyProblem pass, the word count is the app’s', () => {
    for (const story of stories) {
      expect(storySchema.safeParse(story).success).toBe(true);
      expect(bodyProblem(story.body)).toBeNull();
      expect(story.wordCount).toBe(wordCountOf(story.body));
    }
  });

  it('writes 300 to 1,200 words under a dateline from a real city, with 1–4 quote blocks and their quote list', () => {
    for (const story of stories) {
      expect(story.wordCount).toBeGreaterThanOrEqual(300);
      expect(story.wordCount).toBeLessThanOrEqual(1200);
      expect(story.body.content?.[0]?.type).toBe('dateline');
      expect(PLACES.map((place) => place.city)).toContain(summarize(story).datelineCity);
      const quoteBlocks = blocks(story, 'quote');
      expect(quoteBlocks.length).toBeGreaterThanOrEqual(1);
      expect(quoteBlocks.length).toBeLessThanOrEqual(4);
      const standalone = story.quotes.filter((quote) => quote.standalone);
      expect(standalone.map((quote) => quote.speaker)).toEqual(
        quoteBlocks.map((block) => block.content?.[1]?.attrs?.speaker),
      );
      expect(standalone.map((quote) => quote.text)).toEqual(
        quoteBlocks.map((block) => texts(block).join('')),
      );
    }
  });

  it('fills the desk’s fields: 1–2 bylines, 2–6 keywords, a section, English, a slug from the headline', () => {
    for (const story of stories) {
      expect(story.bylines.length).toBeGreaterThanOrEqual(1);
      expect(story.bylines.length).toBeLessThanOrEqual(2);
      expect(story.keywords.length).toBeGreaterThanOrEqual(2);
      expect(story.keywords.length).toBeLessThanOrEqual(6);
      expect(story.section).not.toBe('');
      expect(story.language).toBe('en');
      expect(story.slug).not.toBe('');
    }
  });

  it('spreads statuses like a desk and times over three years, never after `until`', () => {
    const count = (status: string) => stories.filter((story) => story.status === status).length;
    expect(count('published') / stories.length).toBeGreaterThan(0.6);
    for (const status of ['draft', 'submitted', 'in-edit', 'approved', 'spiked']) {
      expect(count(status)).toBeGreaterThan(0);
      expect(count(status)).toBeLessThan(count('published') / 4);
    }
    const created = stories.map((story) => Date.parse(story.createdAt));
    expect(Math.max(...created)).toBeLessThanOrEqual(until);
    expect(Math.min(...created)).toBeGreaterThanOrEqual(until - LIBRARY_SPAN_MS);
    expect(Math.max(...created) - Math.min(...created)).toBeGreaterThan(LIBRARY_SPAN_MS * 0.9);
    for (const story of stories) {
      expect(Date.parse(story.updatedAt)).toBeGreaterThanOrEqual(Date.parse(story.createdAt));
      expect(Date.parse(story.updatedAt)).toBeLessThanOrEqual(until);
    }
  });

  it('uses a vocabulary of thousands of words with a long tail, and a few hundred bylines at most', () => {
    const frequency = new Map<string, number>();
    for (const story of stories) {
      for (const word of texts(story.body)
        .join(' ')
        .toLowerCase()
        .match(/[a-z]+/g) ?? []) {
        frequency.set(word, (frequency.get(word) ?? 0) + 1);
      }
    }
    const counts = [...frequency.values()].sort((a, b) => b - a);
    expect(frequency.size).toBeGreaterThan(2500);
    // Zipf: the most common word is far more frequent than the hundredth, which beats the thousandth.
    expect(counts[0]! / counts[99]!).toBeGreaterThan(10);
    expect(counts[99]! / counts[999]!).toBeGreaterThan(3);
    const bylines = new Set(stories.flatMap((story) => story.bylines.map((byline) => byline.name)));
    expect(bylines.size).toBeGreaterThan(50);
    expect(bylines.size).toBeLessThan(300);
  });

  it('gives the same story for the same seed and index, whatever was generated before', () => {
    const again = generateStory({
      seed: SEED,
      index: 123,
      newsroom: buildNewsroom(SEED),
      until,
      idMask: 0x1234,
      trashed: false,
    });
    expect(again).toEqual(stories[123]);
  });
});
