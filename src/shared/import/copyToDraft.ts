import type { EditorNodeJson } from '../story/editorDocument';
import type { ImportedStory, ImportReport } from './importedStory';
import { importedStoryOf } from './importedStoryOf';
import { cityName } from './cityName';
import { paragraph, quoteBlock, quoteEntry } from './quoteNodes';
import type { RecognizedCopy } from './recognize/recognizedCopy';

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
  return importedStoryOf(
    {
      headline: copy.headline,
      subheadline: copy.subheadline,
      section: copy.section,
      bylines: copy.bylines.map(({ name, title, organization }) => ({ name, title, organization })),
      body: { type: 'doc', content: blocks },
      quotes: copy.quotes.map(quoteEntry),
    },
    { ...report, dropped: copy.dropped },
  );
}
