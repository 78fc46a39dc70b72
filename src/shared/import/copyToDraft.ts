import type { EditorNodeJson } from '../story/editorDocument';
import type { QuoteEntry } from '../story/story';
import type { ImportedStory, ImportReport } from './importedStory';
import type { RecognizedCopy, RecognizedQuote } from './recognize/recognizedCopy';

const LOWER_WORDS = new Set(['de', 'del', 'da', 'do', 'la', 'le', 'of', 'on', 'upon', 'am', 'im']);

/** "RIO DE JANEIRO" → "Rio de Janeiro": the editor prints the city in capitals; the library lists it as a name. */
export function cityName(capitals: string): string {
  return capitals
    .toLowerCase()
    .split(' ')
    .map((word, at) =>
      at > 0 && LOWER_WORDS.has(word)
        ? word
        : word.replace(
            /(^|[-'.])(\p{L})/gu,
            (_, lead: string, letter: string) => lead + letter.toUpperCase(),
          ),
    )
    .join(' ');
}

const paragraph = (text: string): EditorNodeJson => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
});

function quoteBlock(quote: RecognizedQuote): EditorNodeJson {
  return {
    type: 'quote',
    attrs: { display: 'blockquote' },
    content: [
      { type: 'quoteText', content: [paragraph(quote.text)] },
      {
        type: 'quoteAttribution',
        attrs: {
          speaker: quote.speaker,
          title: quote.title,
          organization: quote.organization,
          context: quote.context,
        },
      },
    ],
  };
}

function quoteEntry({
  text,
  speaker,
  title,
  organization,
  context,
  verb,
  standalone,
}: RecognizedQuote): QuoteEntry {
  return { text, speaker, title, organization, context, verb, standalone };
}

function recognizedLines(copy: RecognizedCopy): string[] {
  const lines: string[] = [];
  if (copy.section) lines.push(`Section: ${copy.section}`);
  if (copy.headline) lines.push(`Headline: ${copy.headline}`);
  if (copy.subheadline) lines.push(`Subheadline: ${copy.subheadline}`);
  for (const byline of copy.bylines)
    lines.push(`Byline: ${[byline.name, byline.title, byline.organization].filter(Boolean).join(', ')}`);
  if (copy.dateline) lines.push(`Dateline: ${copy.dateline.text}`);
  const named = copy.quotes.filter((quote) => quote.speaker).length;
  lines.push(`${copy.quotes.length} quote${copy.quotes.length === 1 ? '' : 's'}, ${named} with a speaker`);
  lines.push(`${copy.paragraphs.length} paragraph${copy.paragraphs.length === 1 ? '' : 's'}`);
  return lines;
}

/**
 * The story recognized in plain copy: a dateline block first, the paragraphs, and a quote block for each
 * paragraph that was only a quote and its attribution; quotes inside narrative stay where they are and
 * are listed in the report.
 */
export function copyToDraft(
  copy: RecognizedCopy,
  report: Pick<ImportReport, 'source' | 'format' | 'unreadable'>,
): ImportedStory {
  const standalone = new Map(
    copy.quotes.filter((quote) => quote.standalone).map((quote) => [quote.paragraph, quote]),
  );
  const blocks: EditorNodeJson[] = [];
  if (copy.dateline) {
    const { city, region, date, source } = copy.dateline;
    blocks.push({ type: 'dateline', attrs: { city: cityName(city), region, date, source } });
  }
  copy.paragraphs.forEach((text, at) => {
    const quote = standalone.get(at);
    if (quote) blocks.push(quoteBlock(quote));
    else if (text.trim()) blocks.push(paragraph(text));
  });
  if (!blocks.some((block) => block.type !== 'dateline')) blocks.push({ type: 'paragraph' });
  return {
    draft: {
      headline: copy.headline,
      subheadline: copy.subheadline,
      section: copy.section,
      bylines: copy.bylines.map(({ name, title, organization }) => ({ name, title, organization })),
      body: { type: 'doc', content: blocks },
      quotes: copy.quotes.map(quoteEntry),
    },
    report: {
      ...report,
      recognized: recognizedLines(copy),
      dropped: copy.dropped,
      quotes: copy.quotes.map(quoteEntry),
    },
  };
}
