import type { RecognizedQuote } from '../recognizedCopy';
import { peopleMentioned } from '../people/peopleMentioned';
import { PeopleLedger } from '../people/peopleLedger';
import type { PersonParts } from '../people/personPhrase';
import { sentenceEndAfter, sentenceStartBefore, sentenceStarts } from '../text/sentenceStarts';
import { isPunctuationOnly, tokenize } from '../text/tokens';
import { attributionAfter, attributionBefore, type Attribution } from './parseAttribution';
import { quoteSpans, type QuoteSpan } from './quoteSpans';
import { quoteWords, wordCount } from './quoteWords';

/**
 * A quote with no attribution next to it is a speaker's only when it reads as a sentence of its own:
 * `“miraculous advances”` in narrative is a scare quote, not something someone said.
 */
const UNATTRIBUTED_MIN_WORDS = 6;

interface Group {
  spans: QuoteSpan[];
  attribution: Attribution | null;
  /** Offset just past the last span or its attribution. */
  end: number;
}

interface Said extends PersonParts {
  verb: string;
  context: string;
}

/** The quoted words, as written, end a sentence: `“We are ready.”`, not `“We are ready,”`. */
function endsLikeSentence(paragraph: string, span: QuoteSpan): boolean {
  return /[.!?…]$/u.test(paragraph.slice(span.textStart, span.textEnd).trim());
}

const SPACES = /\s*/uy;

function attributionsOf(paragraph: string, spans: readonly QuoteSpan[]) {
  const starts = sentenceStarts(paragraph);
  let consumed = 0;
  return spans.map((span, index) => {
    const next = spans[index + 1]?.open ?? paragraph.length;
    SPACES.lastIndex = span.end;
    const afterFrom = span.end + (SPACES.exec(paragraph)?.[0].length ?? 0);
    const afterTo = Math.min(next, sentenceEndAfter(starts, afterFrom, paragraph.length));
    const after = span.closed ? attributionAfter(paragraph, span.end, afterTo) : null;
    // A quote closed by a full stop opens no clause: only an attribution standing alone may follow it.
    const usableAfter = after && !(endsLikeSentence(paragraph, span) && after.leftover) ? after : null;
    const beforeFrom = Math.max(consumed, sentenceStartBefore(starts, span.open));
    const before = attributionBefore(paragraph, beforeFrom, span.open);
    consumed = usableAfter?.end ?? span.end;
    return { span, after: usableAfter, before, end: consumed };
  });
}

/** Quotes joined across an attribution or plain punctuation: `“…,” she said, “…”` is one quote. */
function groupsOf(paragraph: string, spans: readonly QuoteSpan[]): Group[] {
  const groups: Group[] = [];
  for (const { span, after, before, end } of attributionsOf(paragraph, spans)) {
    const current = groups.at(-1);
    if (current && !after && isPunctuationOnly(paragraph.slice(current.end, span.open))) {
      current.spans.push(span);
      current.end = end;
      continue;
    }
    groups.push({ spans: [span], attribution: after ?? before, end });
  }
  return groups;
}

/** The paragraph is this quote and its attribution and nothing more. */
function isStandalone(paragraph: string, group: Group, groups: readonly Group[]): boolean {
  if (groups.length !== 1 || group.attribution?.leftover) return false;
  const start = Math.min(group.spans[0]!.open, group.attribution?.start ?? Infinity);
  return isPunctuationOnly(paragraph.slice(0, start)) && isPunctuationOnly(paragraph.slice(group.end));
}

const NOBODY: Said = { speaker: '', title: '', organization: '', verb: '', context: '' };

/**
 * Every direct quote in the paragraphs, in order, with its speaker where one is named next to it, or named
 * before it for `he`, `she`, `they` without doubt.
 */
export function findQuotes(paragraphs: readonly string[]): RecognizedQuote[] {
  const ledger = new PeopleLedger();
  const quotes: RecognizedQuote[] = [];
  let runningOn: Said | null = null;

  paragraphs.forEach((paragraph, index) => {
    const spans = quoteSpans(paragraph);
    const mentions = peopleMentioned(paragraph, tokenize(paragraph), spans);
    let mentioned = 0;
    // The people named before each quote, and only those, are in the ledger when its speaker is looked up.
    const mentionUpTo = (offset: number) => {
      for (; mentioned < mentions.length && mentions[mentioned]!.offset < offset; mentioned += 1) {
        ledger.add(index, mentions[mentioned]!);
      }
    };
    const inherited = runningOn;
    runningOn = null;
    const groups = groupsOf(paragraph, spans);
    groups.forEach((group, position) => {
      const first = group.spans[0]!;
      mentionUpTo(first.open);
      const text = quoteWords(paragraph, group.spans);
      const standalone = isStandalone(paragraph, group, groups);
      const continues =
        position === 0 && inherited !== null && isPunctuationOnly(paragraph.slice(0, first.open));
      let said: Said | null = null;
      const { attribution } = group;
      if (attribution) {
        const { speaker, title, organization } = attribution;
        const person = attribution.pronoun
          ? (ledger.resolvePronoun(index) ?? { speaker, title, organization })
          : ledger.expand({ speaker, title, organization });
        said = { ...person, verb: attribution.verb, context: attribution.context };
        ledger.add(index, person);
      } else if (continues) {
        said = inherited;
      } else if (
        wordCount(text) >= UNATTRIBUTED_MIN_WORDS &&
        endsLikeSentence(paragraph, group.spans.at(-1)!)
      ) {
        said = NOBODY;
      } else if (standalone && wordCount(text) > 0) {
        said = NOBODY;
      }
      if (!said || !text) return;
      if (group.spans.at(-1)?.closed === false) runningOn = said;
      quotes.push({ text, ...said, paragraph: index, standalone });
    });
    mentionUpTo(Infinity);
  });
  return quotes;
}
