import { ABBREVIATIONS } from '../text/abbreviations';
import { endsClause, keyOf, type Token } from '../text/tokens';
import { inPersonRun, personEndingAt, phraseText, splitTitle, type PersonParts } from './personPhrase';
import { isTitleNoun } from './titleWords';

export interface Mention extends PersonParts {
  /** Offset of the mention in its paragraph. */
  offset: number;
}

function endsSentence(token: Token): boolean {
  if (!/[.!?]["”’»)]*$/u.test(token.raw)) return false;
  return !ABBREVIATIONS.has(token.key) && token.key.length > 1 && !/\p{L}\.\p{L}/u.test(token.bare);
}

const MAX_APPOSITIVE_WORDS = 8;

function hasTitleNoun(title: string): boolean {
  return title.split(/\s+/u).some((word) => isTitleNoun(keyOf(word)));
}

/** `Arthur Miller, BankAmerica's vice president,`: the title set off by commas after a name. */
function appositive(
  text: string,
  tokens: readonly Token[],
  from: number,
  person: PersonParts | undefined,
): PersonParts | undefined {
  if (!person?.speaker || !endsClause(tokens[from - 1]!)) return undefined;
  let end = from;
  while (end < tokens.length && end - from < MAX_APPOSITIVE_WORDS && !endsClause(tokens[end]!)) end += 1;
  if (end >= tokens.length || !/,["”’»)]*$/u.test(tokens[end]!.raw)) return undefined;
  const { title, organization } = splitTitle(phraseText(text, tokens, from, end + 1));
  return { ...person, title, organization };
}

/**
 * The people a paragraph names with a title (`Ukrainian President Volodymyr Zelensky`), outside the spans
 * given (its quotes): the people a later `he said` can stand for.
 */
export function peopleMentioned(
  text: string,
  tokens: readonly Token[],
  outside: readonly { open: number; end: number }[],
): Mention[] {
  const mentions: Mention[] = [];
  // Tokens and spans both come in reading order: one pointer walks the spans.
  let span = 0;
  const inQuote = (token: Token) => {
    while (span < outside.length && outside[span]!.end <= token.start) span += 1;
    return span < outside.length && token.start >= outside[span]!.open;
  };
  let index = 0;
  while (index < tokens.length) {
    if (!inPersonRun(tokens, index) || inQuote(tokens[index]!)) {
      index += 1;
      continue;
    }
    let end = index;
    while (end < tokens.length && inPersonRun(tokens, end) && !inQuote(tokens[end]!)) {
      end += 1;
      if (endsClause(tokens[end - 1]!) || endsSentence(tokens[end - 1]!)) break;
    }
    const person = personEndingAt(text, tokens, index, end);
    const parts = person?.parts.title ? person.parts : appositive(text, tokens, end, person?.parts);
    if (parts?.speaker && hasTitleNoun(parts.title))
      mentions.push({ ...parts, offset: tokens[index]!.start });
    index = end;
  }
  return mentions;
}
