import { attributionVerbAt, VERBS_WITH_OBJECT } from '../attributionVerbs';
import {
  inPersonRun,
  personEndingAt,
  phraseText,
  splitTitle,
  type PersonParts,
} from '../people/personPhrase';
import { endsClause, isCapitalized, tokenize, type Token } from '../text/tokens';

export interface Attribution extends PersonParts {
  context: string;
  verb: string;
  /** The speaker is `he`, `she` or `they`, to be resolved against the people named before. */
  pronoun: boolean;
  /** The characters the attribution covers in the paragraph. */
  start: number;
  end: number;
  /** Words of the clause were left that belong to no attribution: the paragraph says more than the quote. */
  leftover: boolean;
}

const RESOLVABLE = new Set(['he', 'she', 'they']);
const UNRESOLVABLE = new Set(['i', 'we', 'it', 'you']);
const ARTICLES = new Set(['the', 'a', 'an']);
const ADVERBS = new Set(
  'also later then again once earlier further previously recently often never always has had have would will'.split(
    ' ',
  ),
);
/** Words opening what follows the attribution: `during a press conference`, `in a statement`, `on Tuesday`. */
const CONTEXT_OPENERS = new Set(
  `during at in on to after before while from via through speaking when as following ahead amid upon with
  monday tuesday wednesday thursday friday saturday sunday yesterday today earlier later last this`.split(
    /\s+/u,
  ),
);
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when']);
const MAX_OBJECT_WORDS = 4;
const MAX_APPOSITIVE_WORDS = 10;
const MAX_SUBJECT_WORDS = 12;

interface Speaker {
  parts: PersonParts;
  pronoun: boolean;
  context: string;
  /** Token index just past the speaker phrase and its appositives. */
  end: number;
}

function isAdverb(token: Token | undefined): boolean {
  // Lowercase only: `Kelly` and `Italy` end in -ly too.
  if (token === undefined || isCapitalized(token.bare)) return false;
  return ADVERBS.has(token.key) || /\p{L}{3,}ly$/u.test(token.key);
}

function clauseEnd(tokens: readonly Token[], from: number, to: number): number {
  for (let index = from; index < to; index += 1) if (endsClause(tokens[index]!)) return index + 1;
  return to;
}

/** `, 54,` `, BankAmerica's vice president,` `, during a press conference`: what follows a name between commas. */
function readAppositives(text: string, tokens: readonly Token[], speaker: Speaker, to: number): void {
  while (speaker.end < to && endsClause(tokens[speaker.end - 1]!)) {
    const partEnd = clauseEnd(tokens, speaker.end, to);
    const first = tokens[speaker.end]!;
    if (CONTEXT_OPENERS.has(first.key)) {
      speaker.context = phraseText(text, tokens, speaker.end, partEnd);
      speaker.end = partEnd;
      return;
    }
    const words = partEnd - speaker.end;
    // `, who heads the bank`, `, adding that …`: a clause about the speaker, not a title.
    if (RELATIVES.has(first.key) || /\p{L}{3,}ing$/u.test(first.key)) return;
    if (words > MAX_APPOSITIVE_WORDS || attributionVerbAtAny(tokens, speaker.end, partEnd)) return;
    const phrase = phraseText(text, tokens, speaker.end, partEnd);
    if (!/^\d{1,3}$/u.test(phrase)) {
      const { title, organization } = splitTitle(phrase);
      if (!speaker.parts.title) speaker.parts = { ...speaker.parts, title, organization };
      else if (!speaker.parts.organization) speaker.parts = { ...speaker.parts, organization: phrase };
      else return;
    }
    speaker.end = partEnd;
  }
}

function attributionVerbAtAny(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if (attributionVerbAt(tokens, index) > 0) return true;
  return false;
}

/** `an analyst at Capital Economics`: `at` names where the speaker works, not where the words were said. */
function namesEmployer(tokens: readonly Token[], index: number): boolean {
  return ['at', 'with'].includes(tokens[index]!.key) && isCapitalized(tokens[index + 1]?.bare ?? '');
}

/** `the spokesperson`, `a senior official`, `the Kremlin`: a speaker described, never named. */
function describedSpeaker(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): { parts: PersonParts; end: number } | null {
  let phraseEnd = from + 1;
  while (
    phraseEnd < to &&
    (!CONTEXT_OPENERS.has(tokens[phraseEnd]!.key) || namesEmployer(tokens, phraseEnd))
  ) {
    phraseEnd += 1;
    if (endsClause(tokens[phraseEnd - 1]!)) break;
  }
  if (phraseEnd - from < 2 || phraseEnd - from > 6) return null;
  const described = phraseText(text, tokens, from, phraseEnd);
  const { title, organization } = splitTitle(described);
  const last = tokens[phraseEnd - 1]!;
  const parts =
    !organization && isCapitalized(last.bare) && !/['’]s$/u.test(last.bare)
      ? { speaker: '', title: '', organization: title }
      : { speaker: '', title, organization };
  return { parts, end: phraseEnd };
}

/** The speaker phrase opening at `from` and ending by `to`. */
function readSpeaker(text: string, tokens: readonly Token[], from: number, to: number): Speaker | null {
  const first = tokens[from];
  if (!first || from >= to) return null;
  if (RESOLVABLE.has(first.key) || UNRESOLVABLE.has(first.key)) {
    const parts = { speaker: '', title: '', organization: '' };
    return { parts, pronoun: RESOLVABLE.has(first.key), context: '', end: from + 1 };
  }
  let runEnd = from;
  while (runEnd < to && inPersonRun(tokens, runEnd)) {
    runEnd += 1;
    if (endsClause(tokens[runEnd - 1]!)) break;
  }
  const named = runEnd > from ? personEndingAt(text, tokens, from, runEnd) : null;
  let speaker: Speaker;
  if (named && named.start === from) {
    speaker = { parts: named.parts, pronoun: false, context: '', end: runEnd };
  } else if (ARTICLES.has(first.key)) {
    const described = describedSpeaker(text, tokens, from, to);
    if (!described) return null;
    speaker = { parts: described.parts, pronoun: false, context: '', end: described.end };
  } else {
    return null;
  }
  readAppositives(text, tokens, speaker, to);
  return speaker;
}

/** After the verb: whom it was told to (skipped), then the context up to the end of the clause. */
function readTail(
  text: string,
  tokens: readonly Token[],
  verb: string,
  from: number,
  to: number,
): { context: string; end: number } {
  let at = from;
  if (VERBS_WITH_OBJECT.has(verb.toLowerCase()) && at < to && !CONTEXT_OPENERS.has(tokens[at]!.key)) {
    const objectEnd = Math.min(clauseEnd(tokens, at, to), at + MAX_OBJECT_WORDS);
    while (at < objectEnd && !CONTEXT_OPENERS.has(tokens[at]!.key)) {
      at += 1;
      if (endsClause(tokens[at - 1]!)) return { context: '', end: at };
    }
  }
  if (at < to && CONTEXT_OPENERS.has(tokens[at]!.key)) {
    const end = clauseEnd(tokens, at, to);
    return { context: phraseText(text, tokens, at, end), end };
  }
  return { context: '', end: at };
}

function wordTokens(text: string, from: number, to: number): Token[] {
  return tokenize(text, from, to).filter((token) => token.bare !== '');
}

function build(
  speaker: Speaker,
  verb: string,
  tail: { context: string; end: number },
  tokens: readonly Token[],
  start: number,
  leftover: boolean,
): Attribution {
  const lastToken = tokens[Math.max(tail.end, speaker.end) - 1] ?? tokens[0]!;
  return {
    ...speaker.parts,
    context: speaker.context || tail.context,
    verb,
    pronoun: speaker.pronoun,
    start,
    end: lastToken.end,
    leftover,
  };
}

/**
 * The attribution that follows a quote in the same clause: `he stated during a press conference`,
 * `said Arthur Miller, BankAmerica's vice president`, `Miller said`. `to` ends the sentence.
 */
export function attributionAfter(text: string, from: number, to: number): Attribution | null {
  const tokens = wordTokens(text, from, to);
  if (tokens.length === 0) return null;
  const start = tokens[0]!.start;

  const verbFirst = attributionVerbAt(tokens, 0);
  if (verbFirst > 0) {
    const verb = phraseText(text, tokens, 0, verbFirst);
    const speaker = readSpeaker(text, tokens, verbFirst, tokens.length);
    if (!speaker) return null;
    const tail = readTail(text, tokens, '', speaker.end, tokens.length);
    return build(speaker, verb, tail, tokens, start, Math.max(tail.end, speaker.end) < tokens.length);
  }

  for (let at = 1; at < Math.min(tokens.length, MAX_SUBJECT_WORDS); at += 1) {
    const verbLength = attributionVerbAt(tokens, at);
    if (verbLength === 0) continue;
    let subjectEnd = at;
    while (subjectEnd > 1 && isAdverb(tokens[subjectEnd - 1])) subjectEnd -= 1;
    const speaker = readSpeaker(text, tokens, 0, subjectEnd);
    if (!speaker || speaker.end !== subjectEnd) return null;
    const verb = phraseText(text, tokens, at, at + verbLength);
    const tail = readTail(text, tokens, verb, at + verbLength, tokens.length);
    return build(speaker, verb, tail, tokens, start, tail.end < tokens.length);
  }
  return null;
}

/** Words after a verb that still let the quote follow: `that`, `reporters`, `on Tuesday`. */
function tailBeforeQuote(text: string, tokens: readonly Token[], verb: string, from: number): string | null {
  if (from === tokens.length) return '';
  if (from === tokens.length - 1 && tokens[from]!.key === 'that') return '';
  const tail = readTail(text, tokens, verb, from, tokens.length);
  const rest = tokens.length - tail.end;
  if (rest === 0) return tail.context;
  return rest === 1 && tokens[tail.end]!.key === 'that' ? tail.context : null;
}

/**
 * The attribution that leads into a quote: `Kremlin spokesperson Dmitri Peskov noted,`, `According to
 * Miller,`, `He said:`. The verb must be the last thing before the quote, or a scare quote in narrative
 * (`the Kremlin stated that it does not expect any “miraculous advances”`) would take a speaker.
 */
export function attributionBefore(text: string, from: number, to: number): Attribution | null {
  const tokens = wordTokens(text, from, to);
  const last = tokens.at(-1);
  if (
    !last ||
    !(/[,:]$/u.test(last.raw) || last.key === 'that' || attributionVerbAt(tokens, tokens.length - 1))
  ) {
    return null;
  }
  for (let at = Math.max(0, tokens.length - MAX_SUBJECT_WORDS); at < tokens.length; at += 1) {
    const verbLength = attributionVerbAt(tokens, at);
    if (verbLength === 0) continue;
    const verb = phraseText(text, tokens, at, at + verbLength);
    if (verb.toLowerCase() === 'according to') {
      const speaker = readSpeaker(text, tokens, at + verbLength, tokens.length);
      if (speaker && speaker.end === tokens.length) {
        return build(speaker, verb, { context: '', end: 0 }, tokens, tokens[at]!.start, at > 0);
      }
      continue;
    }
    const context = tailBeforeQuote(text, tokens, verb, at + verbLength);
    if (context === null) continue;
    let subjectEnd = at;
    while (subjectEnd > 1 && isAdverb(tokens[subjectEnd - 1])) subjectEnd -= 1;
    for (
      let subjectStart = Math.max(0, subjectEnd - MAX_SUBJECT_WORDS);
      subjectStart < subjectEnd;
      subjectStart += 1
    ) {
      const speaker = readSpeaker(text, tokens, subjectStart, subjectEnd);
      if (!speaker || speaker.end !== subjectEnd) continue;
      const tail = { context, end: tokens.length };
      return build(speaker, verb, tail, tokens, tokens[subjectStart]!.start, subjectStart > 0);
    }
  }
  return null;
}
