import type { EditorNodeJson } from '@shared/story/editorDocument';
import type { Byline, QuoteEntry } from '@shared/story/story';
import type { Speaker } from './newsroom';
import type { Place } from './places';
import type { StoryMatter } from './prose';
import { paragraphText, sentence } from './prose';
import { between, chance, pick, weighted } from './random';
import type { Random } from './random';

export interface BodyPlan {
  place: Place;
  /** The dateline's calendar date, YYYY-MM-DD. */
  date: string;
  agency: string;
  /** One per quote block, in the order they run. */
  speakers: readonly Speaker[];
  /** Someone quoted inside a narrative paragraph, or none. */
  inlineSpeaker: Speaker | undefined;
  /** Credited in the credit line, when the story has one. */
  credit: Byline | undefined;
  /** Planted in the first quote, so one story can be found by a word nothing else holds. */
  quoteWord?: string;
}

export interface GeneratedBody {
  body: EditorNodeJson;
  quotes: QuoteEntry[];
}

const VERBS = ['said', 'said', 'said', 'told reporters', 'added', 'warned', 'noted', 'wrote'];
const CONTEXTS = ['', '', '', 'in a statement', 'at a news conference', 'in an interview', 'on social media'];

const paragraph = (text: string): EditorNodeJson => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
});

/** One in twelve paragraphs links its source, as web copy does. */
function linkedParagraph(random: Random, text: string): EditorNodeJson {
  const cut = text.indexOf(' ', Math.floor(text.length / 2));
  const end = text.indexOf(' ', cut + 1);
  if (!chance(random, 1 / 12) || cut < 0 || end < 0) return paragraph(text);
  const href = `https://example.com/source/${between(random, 1000, 99999)}`;
  return {
    type: 'paragraph',
    content: [
      { type: 'text', text: text.slice(0, cut + 1) },
      { type: 'text', text: text.slice(cut + 1, end), marks: [{ type: 'link', attrs: { href } }] },
      { type: 'text', text: text.slice(end) },
    ],
  };
}

function quoteEntry(random: Random, text: string, speaker: Speaker, standalone: boolean): QuoteEntry {
  return {
    text,
    speaker: speaker.name,
    title: speaker.title,
    organization: speaker.organization,
    context: pick(random, CONTEXTS),
    verb: pick(random, VERBS),
    standalone,
  };
}

function quoteBlock(random: Random, entry: QuoteEntry): EditorNodeJson {
  const { speaker, title, organization, context } = entry;
  return {
    type: 'quote',
    attrs: { display: chance(random, 0.1) ? 'pullquote' : 'blockquote' },
    content: [
      { type: 'quoteText', content: [paragraph(entry.text)] },
      { type: 'quoteAttribution', attrs: { speaker, title, organization, context } },
    ],
  };
}

function withWord(text: string, word: string): string {
  const words = text.split(' ');
  words.splice(Math.min(3, words.length), 0, word);
  return words.join(' ');
}

function inlineQuote(random: Random, matter: StoryMatter, speaker: Speaker) {
  const words = sentence(random, matter, between(random, 10, 24)).slice(0, -1);
  const who = [speaker.name, speaker.title, speaker.organization].filter(Boolean).join(', ');
  const entry = quoteEntry(random, words, speaker, false);
  return { block: paragraph(`“${words},” ${who}, ${entry.verb}.`), entry };
}

function creditLine(random: Random, credit: Byline, place: Place): EditorNodeJson {
  const kind = weighted(random, [
    ['reporting', 5],
    ['additional-reporting', 3],
    ['editing', 2],
  ] as const);
  return {
    type: 'attribution',
    attrs: {
      kind,
      names: credit.name,
      organization: credit.organization,
      place: kind === 'editing' ? '' : place.city,
    },
  };
}

/**
 * A dateline, 300 to 1,200 words of paragraphs with one to four quote blocks spread through them, now and then
 * a subheading, a quote inside a paragraph and a credit line at the end; and the story's list of those quotes.
 */
export function storyBody(random: Random, matter: StoryMatter, plan: BodyPlan): GeneratedBody {
  const target = 310 + Math.floor(((random() + random()) / 2) * 790);
  const quotes = plan.speakers.map((speaker, at) => {
    const text = paragraphText(random, matter, between(random, 12, 40));
    const planted = at === 0 && plan.quoteWord ? withWord(text, plan.quoteWord) : text;
    return quoteEntry(random, planted, speaker, true);
  });
  let budget = target - quotes.reduce((sum, quote) => sum + quote.text.split(' ').length, 0);
  const paragraphs: EditorNodeJson[] = [];
  while (budget > 0) {
    const words = Math.min(budget, between(random, 20, 70));
    paragraphs.push(linkedParagraph(random, paragraphText(random, matter, words)));
    budget -= words;
  }
  const inline = plan.inlineSpeaker ? inlineQuote(random, matter, plan.inlineSpeaker) : undefined;
  if (inline) paragraphs.splice(Math.min(2, paragraphs.length), 0, inline.block);
  if (target > 800 && chance(random, 0.4)) {
    const heading = sentence(random, matter, between(random, 3, 6)).slice(0, -1);
    paragraphs.splice(Math.floor(paragraphs.length / 2), 0, {
      type: 'heading',
      attrs: { level: 2 },
      content: [{ type: 'text', text: heading }],
    });
  }
  // From the back, so each insertion leaves the earlier positions where they were.
  for (let at = quotes.length - 1; at >= 0; at--) {
    const after = Math.max(1, Math.floor(((at + 1) * paragraphs.length) / (quotes.length + 1)));
    paragraphs.splice(after, 0, quoteBlock(random, quotes[at]!));
  }
  if (plan.credit) paragraphs.push(creditLine(random, plan.credit, plan.place));
  const { city, region } = plan.place;
  const dateline = { type: 'dateline', attrs: { city, region, date: plan.date, source: plan.agency } };
  return {
    body: { type: 'doc', content: [dateline, ...paragraphs] },
    quotes: inline ? [...quotes, inline.entry] : quotes,
  };
}
