import type { DroppedLine, RecognizedByline } from '../recognizedCopy';
import { parseDateline } from '../dateline/parseDateline';
import { isSentenceLike, isTitleLike, wordsOf } from '../text/lineShape';
import { headerBoilerplateReason } from './boilerplate';
import { parseByline } from './parseByline';
import { photoCreditReason } from './photoCredit';
import { isAgencyLine } from './agencies';
import { breadcrumbSection, sectionKind } from './sections';
import { hasVerbHint } from './verbHints';

export interface TopLines {
  headline: string;
  subheadline: string;
  section: string;
  bylines: RecognizedByline[];
  /** Every line above the lede that became none of the fields above, with why, in order. */
  dropped: DroppedLine[];
  /** Index in `lines` of the lede, the first body paragraph; `lines.length` when there is no body. */
  ledeIndex: number;
}

// How far down a dateline is looked for: a web page's header rarely runs longer than this.
const DATELINE_SEARCH_LINES = 15;
const ALT_TEXT_MAX_WORDS = 12;
const KICKER_MAX_LENGTH = 20;
const KICKERS = new Set(['breaking', 'exclusive', 'analysis', 'live', 'watch', 'developing', 'fact check']);

type Kind =
  | { kind: 'dropped'; reason: string }
  | { kind: 'section'; section: string; generic: boolean; crumb: boolean }
  | { kind: 'byline'; bylines: RecognizedByline[] }
  | { kind: 'candidate' }
  | { kind: 'joined' };

function kindOf(line: string): Kind {
  const boilerplate = headerBoilerplateReason(line) ?? photoCreditReason(line);
  if (boilerplate) return { kind: 'dropped', reason: boilerplate };
  const section = sectionKind(line);
  if (section) return { kind: 'section', section: line, generic: section === 'generic', crumb: false };
  const crumb = breadcrumbSection(line);
  if (crumb) return { kind: 'section', section: crumb, generic: false, crumb: true };
  const bylines = parseByline(line);
  if (bylines) return { kind: 'byline', bylines };
  if (line.length <= KICKER_MAX_LENGTH && KICKERS.has(line.toLowerCase().replace(/[:\s]+$/u, ''))) {
    return { kind: 'dropped', reason: 'kicker label' };
  }
  return { kind: 'candidate' };
}

function isRunningText(line: string): boolean {
  return isSentenceLike(line) && kindOf(line).kind === 'candidate';
}

/** With nothing like a sentence: past the header's own lines, a headline, then the body. */
function fallbackLede(lines: readonly string[]): number {
  let index = 0;
  while (index < lines.length && kindOf(lines[index] ?? '').kind !== 'candidate') index += 1;
  if (index < lines.length && isTitleLike(lines[index] ?? '')) index += 1;
  return index;
}

/** The first line opening with a dateline or reading as running text; a dateline wins over one sentence above it. */
function findLede(lines: readonly string[]): number {
  let firstSentence = -1;
  for (let index = 0; index < Math.min(lines.length, DATELINE_SEARCH_LINES); index += 1) {
    const line = lines[index] ?? '';
    if (parseDateline(line)) return index;
    if (!isRunningText(line)) continue;
    // A standfirst is one sentence: past a second one, a dateline belongs to the body, not the lede.
    if (firstSentence >= 0) return firstSentence;
    firstSentence = index;
  }
  if (firstSentence >= 0) return firstSentence;
  const sentence = lines.findIndex(isRunningText);
  return sentence >= 0 ? sentence : fallbackLede(lines);
}

type Verdict = DroppedLine | 'kept';

function chooseSection(top: readonly { line: string; kind: Kind }[], verdicts: Map<number, Verdict>): string {
  const sections = top.flatMap((entry, index) =>
    entry.kind.kind === 'section' ? [{ ...entry.kind, index }] : [],
  );
  const chosen = sections.find((entry) => !entry.generic) ?? sections[0];
  for (const entry of sections) {
    const line = top[entry.index]?.line ?? '';
    // A breadcrumb's line is kept whole in the dropped list: the section alone would lose the rest of it.
    if (entry.crumb)
      verdicts.set(entry.index, { text: line, reason: `breadcrumb trail (section ${entry.section})` });
    else if (entry !== chosen) verdicts.set(entry.index, { text: line, reason: 'another section line' });
  }
  return chosen?.section ?? '';
}

/**
 * What a desk editor sees above the lede: the headline (the longest title-like line that is not a section),
 * the section, bylines, a standfirst, and the web page's leftovers, dropped with a reason.
 */
export function classifyTopLines(lines: readonly string[]): TopLines {
  const ledeIndex = findLede(lines);
  const top = lines.slice(0, ledeIndex).map((line) => ({ line, kind: kindOf(line) }));
  const verdicts = new Map<number, Verdict>();
  const result: TopLines = {
    headline: '',
    subheadline: '',
    section: '',
    bylines: [],
    dropped: [],
    ledeIndex,
  };

  top.forEach((entry, index) => {
    const { line, kind } = entry;
    if (kind.kind === 'dropped') verdicts.set(index, { text: line, reason: kind.reason });
    if (kind.kind === 'byline') result.bylines.push(...kind.bylines);
    const above = top[index - 1]?.kind;
    if (kind.kind === 'candidate' && above?.kind === 'byline' && isAgencyLine(line)) {
      // `By JANE DOE` over `Associated Press`: a page sets the byline's organization on a line of its own.
      for (const byline of above.bylines) {
        byline.organization ||= line;
        byline.text = `${byline.text}\n${line}`;
      }
      entry.kind = { kind: 'joined' };
    }
  });
  result.section = chooseSection(top, verdicts);

  const candidates = top.flatMap(({ line, kind }, index) =>
    kind.kind === 'candidate' ? [{ line, index }] : [],
  );
  let headline: (typeof candidates)[number] | undefined;
  for (const entry of candidates) {
    if (isTitleLike(entry.line) && entry.line.length > (headline?.line.length ?? 0)) headline = entry;
  }
  if (headline) {
    result.headline = headline.line;
    verdicts.set(headline.index, 'kept');
  }
  const last = candidates.at(-1);
  if (last && last.line !== headline?.line && isTitleLike(last.line) && !hasVerbHint(last.line)) {
    if (wordsOf(last.line).length <= ALT_TEXT_MAX_WORDS) {
      verdicts.set(last.index, { text: last.line, reason: 'image alt text or caption above the lede' });
    }
  }
  for (const { line, index } of candidates) {
    if (verdicts.has(index)) continue;
    if (line === result.headline) {
      verdicts.set(index, { text: line, reason: 'repeats the headline' });
    } else if (!result.subheadline && (!headline || index > headline.index)) {
      result.subheadline = line;
      verdicts.set(index, 'kept');
    } else {
      const where = !headline
        ? 'above the lede'
        : index < headline.index
          ? 'above the headline'
          : 'between the headline and the lede';
      verdicts.set(index, { text: line, reason: `unrecognized line ${where}` });
    }
  }
  top.forEach((_, index) => {
    const verdict = verdicts.get(index);
    if (verdict && verdict !== 'kept') result.dropped.push(verdict);
  });
  return result;
}
