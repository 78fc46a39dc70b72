import { endsClause, isCapitalized, type Token } from '../text/tokens';
import { isAcronym, isNameSuffix, isNameWord, isNotName, isParticle, ORGANIZATION_WORDS } from './nameWords';
import { HONORIFICS, isTitleNoun, NAME_PREFIXES, TITLE_MODIFIERS, TITLE_OF_WORDS } from './titleWords';

export interface PersonParts {
  speaker: string;
  title: string;
  organization: string;
}

const MAX_NAME_WORDS = 4;

function isPossessive(token: Token): boolean {
  return /['’]s$/u.test(token.bare);
}

function isTitleWord(key: string): boolean {
  return isTitleNoun(key) || TITLE_MODIFIERS.has(key);
}

/** Whether the word at `index` can stand in a run of titles and names: `Ukrainian President Volodymyr Zelensky`. */
export function inPersonRun(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token || token.bare === '') return false;
  const { key } = token;
  if (key === 'of') return TITLE_OF_WORDS.has(tokens[index + 1]?.key ?? '');
  if (key === 'the')
    return tokens[index - 1]?.key === 'of' && TITLE_OF_WORDS.has(tokens[index + 1]?.key ?? '');
  if (isParticle(key) || isNameSuffix(key) || HONORIFICS.has(key) || NAME_PREFIXES.has(key)) return true;
  if (isTitleWord(key)) return true;
  return isCapitalized(token.bare) && !isNotName(key);
}

/** Where a title ends and the name begins: after the last title word, possessive or `of` phrase. */
function separatesTitle(token: Token): boolean {
  const { key } = token;
  return isTitleWord(key) || HONORIFICS.has(key) || isPossessive(token) || TITLE_OF_WORDS.has(key);
}

/** The text of tokens `from`..`to` (exclusive) as written, without the punctuation closing the clause. */
export function phraseText(text: string, tokens: readonly Token[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last || to <= from) return '';
  const phrase = text
    .slice(first.start, last.end)
    .replace(/^["“‘«(]+/u, '')
    .replace(/(?<!["”’»),;:!?])["”’»),;:!?]+$/u, '');
  // `Jr.` and initials keep their period; a sentence's period goes.
  return isNameSuffix(last.key) || last.key.length === 1 ? phrase : phrase.replace(/\.$/u, '');
}

export function withoutArticle(phrase: string): string {
  return phrase.replace(/^(?:the|a|an)\s+/iu, '');
}

/**
 * The person named by the run of words ending just before `end`, reading back no further than `from`:
 * `Kremlin spokesperson Dmitri Peskov` → Dmitri Peskov, Kremlin spokesperson. `start` is where the run began,
 * so a caller knows what words were left before it. Null when the run does not end in a name.
 */
export function personEndingAt(
  text: string,
  tokens: readonly Token[],
  from: number,
  end: number,
): { parts: PersonParts; start: number } | null {
  let start = end;
  while (
    start > from &&
    inPersonRun(tokens, start - 1) &&
    (start === end || !endsClause(tokens[start - 1]!))
  ) {
    start -= 1;
  }
  const last = tokens[end - 1];
  if (start === end || !last || isPossessive(last)) return null;
  if (!isNameWord(last.bare, last.key) && !(isNameSuffix(last.key) && end - 1 > start)) return null;

  let nameStart = start;
  let lastName = end - 1;
  while (lastName > start && isNameSuffix(tokens[lastName]!.key)) lastName -= 1;
  for (let index = lastName - 1; index >= start; index -= 1) {
    if (separatesTitle(tokens[index]!)) {
      nameStart = index + 1;
      break;
    }
  }
  // A longer run of capitals is a sentence's worth of places and names: only its end is the person.
  if (end - nameStart > MAX_NAME_WORDS) [start, nameStart] = [end - MAX_NAME_WORDS, end - MAX_NAME_WORDS];
  const nameTokens = tokens.slice(nameStart, end);
  if (
    nameTokens.some((token) => isPossessive(token) || !(isCapitalized(token.bare) || isParticle(token.key)))
  ) {
    return null;
  }

  let titleEnd = nameStart;
  while (titleEnd > start && HONORIFICS.has(tokens[titleEnd - 1]!.key)) titleEnd -= 1;
  const title = withoutArticle(phraseText(text, tokens, start, titleEnd));
  const name = phraseText(text, tokens, nameStart, end);
  const organizational =
    nameTokens.some((token) => ORGANIZATION_WORDS.has(token.key)) ||
    nameTokens.every((token) => isAcronym(token.bare));
  const parts = organizational
    ? { speaker: '', title, organization: name }
    : { speaker: name, title, organization: '' };
  return { parts, start };
}

/** `vice president at BankAmerica` → title and organization; `BankAmerica's vice president` stays a title. */
export function splitTitle(phrase: string): { title: string; organization: string } {
  const match = /^(.*?\S)\s+(?:at|with|of the)\s+(\p{Lu}.*)$/u.exec(phrase);
  if (!match || !/\p{Ll}/u.test(match[1] ?? '')) return { title: withoutArticle(phrase), organization: '' };
  return { title: withoutArticle(match[1] ?? ''), organization: withoutArticle(match[2] ?? '') };
}
