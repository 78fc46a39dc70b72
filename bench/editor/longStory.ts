import type { EditorDocument, EditorNodeJson } from '@shared/story/editorDocument';
import { wordCountOf } from '@shared/story/wordCount';
import { seededRandom } from '../saveStory/realisticStory';
import { paragraph, prose } from './newsProse';

export interface LongStorySize {
  words: number;
  quotes: number;
}

export interface LongStory {
  headline: string;
  body: EditorDocument;
  /** Counted as the app counts them: quotes included, dateline and attributions not. */
  wordCount: number;
  quoteCount: number;
  /** The text of the last paragraph, unique in the story: seeing it on screen means the story is open. */
  lastParagraphText: string;
}

const SPEAKERS = [
  { speaker: 'Volodymyr Zelensky', title: 'Ukrainian President', organization: '' },
  { speaker: 'Dmitri Peskov', title: 'Kremlin spokesperson', organization: '' },
  { speaker: 'Hakan Fidan', title: 'Foreign Minister', organization: 'Government of Turkey' },
  { speaker: 'Kaja Kallas', title: 'High Representative', organization: 'European Union' },
  { speaker: 'Maria Zakharova', title: 'spokeswoman', organization: 'Russian Foreign Ministry' },
];

const between = (random: () => number, low: number, high: number) =>
  low + Math.floor(random() * (high - low + 1));

function quote(random: () => number, index: number): EditorNodeJson {
  const who = SPEAKERS[index % SPEAKERS.length]!;
  const paragraphs = Array.from({ length: between(random, 1, 2) }, () => ({
    type: 'paragraph',
    content: [{ type: 'text', text: prose(random, between(random, 15, 45)) }],
  }));
  return {
    type: 'quote',
    attrs: { display: index % 10 === 9 ? 'pullquote' : 'blockquote' },
    content: [
      { type: 'quoteText', content: paragraphs },
      {
        type: 'quoteAttribution',
        attrs: { ...who, context: index % 3 === 0 ? 'during a press conference' : '' },
      },
    ],
  };
}

/**
 * A story of about `size.words` words (paragraphs of 40–120 words) under a dateline, with `size.quotes`
 * attributed quotes spread evenly through it. Deterministic: the same size always builds the same story.
 */
export function longStory(size: LongStorySize): LongStory {
  const random = seededRandom(size.words * 31 + size.quotes);
  const lastParagraphText = `This is the last paragraph of the ${size.words.toLocaleString('en-US')}-word benchmark story.`;
  const blocks: EditorNodeJson[] = [
    { type: 'dateline', attrs: { city: 'Istanbul', region: 'Turkey', date: '2025-07-23', source: 'AP' } },
  ];
  const wordsPerQuote = size.words / (size.quotes + 1);
  let words = 0;
  let quotes = 0;
  while (words < size.words) {
    const block = paragraph(random, between(random, 40, 120));
    blocks.push(block);
    words += wordCountOf(block);
    if (quotes < size.quotes && words >= (quotes + 1) * wordsPerQuote) {
      const next = quote(random, quotes);
      blocks.push(next);
      words += wordCountOf(next);
      quotes += 1;
    }
  }
  blocks.push({ type: 'paragraph', content: [{ type: 'text', text: lastParagraphText }] });
  const body = { type: 'doc', content: blocks };
  return {
    headline: `Benchmark story of ${size.words.toLocaleString('en-US')} words and ${size.quotes} quotes`,
    body,
    wordCount: wordCountOf(body),
    quoteCount: quotes,
    lastParagraphText,
  };
}
