import { newDraft } from '@shared/story/newDraft';
import type { StoryDraft } from '@shared/story/story';

const WORDS = (
  'the council said on tuesday that its budget for schools roads and flood defences would rise by four ' +
  'percent next year after months of talks with unions residents and business groups who had warned that ' +
  'cuts to services were no longer possible mayor officials police minister river storm coast harbour'
).split(' ');

const CITIES = ['Lisbon', 'Porto', 'Faro', 'Braga', 'Coimbra'];

/** A small deterministic generator, so two runs build byte-identical libraries. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sentence(random: () => number, words: number): string {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]!);
  return `${picked.join(' ')}.`;
}

/** About 800 words in 12 paragraphs under a dateline, with bylines and keywords: a typical news story. */
export function realisticDraft(random: () => number, index: number): StoryDraft {
  const paragraphs = Array.from({ length: 12 }, () => ({
    type: 'paragraph',
    content: [{ type: 'text', text: `${sentence(random, 34)} ${sentence(random, 33)}` }],
  }));
  const city = CITIES[index % CITIES.length]!;
  return newDraft({
    headline: `Council budget story number ${index}`,
    subheadline: sentence(random, 14),
    bylines: [{ name: 'Ana Costa', title: 'Local reporter', organization: 'Copydesk Daily' }],
    section: 'Local',
    keywords: ['budget', 'council', city.toLowerCase()],
    body: { type: 'doc', content: [{ type: 'dateline', attrs: { city } }, ...paragraphs] },
  });
}

/** The same story with one word changed, as an autosave after a keystroke would send it. */
export function withEdit(draft: StoryDraft, edit: number): StoryDraft {
  const [dateline, first, ...rest] = draft.body.content ?? [];
  const text = `${first?.content?.[0]?.text ?? ''} Edit ${edit}.`;
  const edited = { type: 'paragraph', content: [{ type: 'text', text }] };
  return { ...draft, body: { ...draft.body, content: [dateline!, edited, ...rest] } };
}
