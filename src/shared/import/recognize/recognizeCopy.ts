import { parseDateline } from './dateline/parseDateline';
import { creditDashAttributed, liftDashAttributions } from './quotes/dashAttributions';
import { findQuotes } from './quotes/findQuotes';
import type { DroppedLine, RecognizeOptions, RecognizedCopy, RecognizedDateline } from './recognizedCopy';
import { pageChromeReason } from './top/boilerplate';
import { classifyTopLines } from './top/classifyTopLines';

export type {
  DroppedLine,
  RecognizeOptions,
  RecognizedByline,
  RecognizedCopy,
  RecognizedDateline,
  RecognizedQuote,
} from './recognizedCopy';
export { parseDateline } from './dateline/parseDateline';
export { findQuotes } from './quotes/findQuotes';
export { classifyTopLines, type TopLines } from './top/classifyTopLines';
export { ATTRIBUTION_VERBS } from './attributionVerbs';

/**
 * One paragraph per line: a line break inside a line is only the way the text was wrapped, and a run of
 * white space becomes one space (a single no-break space is kept: `10\u00a0km` means it).
 */
function paragraphsOf(lines: readonly string[]): string[] {
  return lines
    .map((line) => line.replace(/\s{2,}|[\r\n\u2028\u2029]/gu, ' ').trim())
    .filter((line) => line !== '');
}

/** The lede's dateline, lifted out of it; a dateline on a line of its own takes the next line as the lede. */
function liftDateline(
  body: string[],
  referenceDate: string | undefined,
): { dateline: RecognizedDateline | null; body: string[] } {
  const parsed = body[0] === undefined ? null : parseDateline(body[0], referenceDate);
  if (!parsed) return { dateline: null, body };
  const rest = parsed.rest.trim();
  return { dateline: parsed.dateline, body: rest ? [rest, ...body.slice(1)] : body.slice(1) };
}

/**
 * What a desk editor finds by eye in copy that has no markup: the headline, section and bylines above the
 * lede, the web page's leftovers (dropped, each with why), the dateline opening the lede, and the quotes
 * with their speakers. Every character of the input ends up in one of the result's text fields.
 */
export function recognizeCopy(lines: string[], options: RecognizeOptions = {}): RecognizedCopy {
  const paragraphs = paragraphsOf(lines);
  const top = classifyTopLines(paragraphs);
  const dropped: DroppedLine[] = [...top.dropped];
  const kept: string[] = [];
  for (const paragraph of paragraphs.slice(top.ledeIndex)) {
    const chrome = pageChromeReason(paragraph);
    if (chrome) dropped.push({ text: paragraph, reason: `${chrome} in the body` });
    else kept.push(paragraph);
  }
  const lifted = liftDateline(kept, options.referenceDate);
  const { paragraphs: body, attributions } = liftDashAttributions(lifted.body);
  const { dateline } = lifted;
  return {
    headline: top.headline,
    subheadline: top.subheadline,
    section: top.section,
    bylines: top.bylines,
    dateline,
    paragraphs: body,
    quotes: creditDashAttributed(findQuotes(body), attributions),
    dropped,
  };
}
