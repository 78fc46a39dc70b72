import { captionTextFields } from '../../html/captionFields';
import type { RecognizedQuote } from '../recognizedCopy';
import { quoteSpans } from './quoteSpans';

// Wire copy and pull quotes credit the speaker on the line under the quote: `— Dmitri Peskov, Kremlin`.
const DASH_LINE = /^\s*[—―–]\s*\p{Lu}/u;

/** The words of a paragraph that is one quote and nothing else (news style leaves a run-on quote open), or null. */
function quoteOnly(paragraph: string): string | null {
  const spans = quoteSpans(paragraph);
  const [span] = spans;
  const text = paragraph.trim();
  const start = paragraph.length - paragraph.trimStart().length;
  if (spans.length !== 1 || !span || span.open !== start || span.end < start + text.length) return null;
  return paragraph.slice(span.textStart, span.textEnd).trim();
}

export interface DashAttributed {
  /** The paragraphs with each quote-only run and its dash line made one quote paragraph. */
  paragraphs: string[];
  /** The dash line under each such quote, by the index of its paragraph in `paragraphs`. */
  attributions: Map<number, string>;
}

/**
 * Quote-only paragraphs followed by a line that opens with a dash and a name: one quote, its speaker on that
 * line. The quote's paragraphs are joined inside one pair of quotation marks.
 */
export function liftDashAttributions(paragraphs: readonly string[]): DashAttributed {
  const result: DashAttributed = { paragraphs: [], attributions: new Map() };
  let at = 0;
  while (at < paragraphs.length) {
    let end = at;
    while (end < paragraphs.length && quoteOnly(paragraphs[end] ?? '') !== null) end += 1;
    const dashLine = paragraphs[end];
    if (end > at && dashLine !== undefined && DASH_LINE.test(dashLine)) {
      const words = paragraphs.slice(at, end).map((paragraph) => quoteOnly(paragraph) ?? '');
      result.attributions.set(result.paragraphs.length, dashLine);
      result.paragraphs.push(`“${words.join(' ')}”`);
      at = end + 1;
    } else {
      result.paragraphs.push(...paragraphs.slice(at, Math.max(end, at + 1)));
      at = Math.max(end, at + 1);
    }
  }
  return result;
}

/** The quotes found in dash-attributed paragraphs, credited to the speaker on their dash line. */
export function creditDashAttributed(
  quotes: readonly RecognizedQuote[],
  attributions: ReadonlyMap<number, string>,
): RecognizedQuote[] {
  return quotes.map((quote) => {
    const line = attributions.get(quote.paragraph);
    return line === undefined ? quote : { ...quote, ...captionTextFields(line), verb: '', standalone: true };
  });
}
