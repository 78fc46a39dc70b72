import type { RecognizedByline } from '../recognizedCopy';
import { isNameSuffix, isNameWord, isParticle, ORGANIZATION_WORDS } from '../people/nameWords';
import { isTitleNoun, NAME_PREFIXES } from '../people/titleWords';
import { keyOf } from '../text/tokens';
import { isDateAlone } from './dateAlone';

const BY = /^(?:(?:written|story|words|reporting|text)\s+)?by\s+(?=["“]?\p{Lu})/iu;
// Each white-space run is tried from its start only (the lookbehinds), so a long run cannot be rescanned.
const SEGMENTS = /(?<!\s)\s*(?:,|\||•|·|\s[-–—]\s)\s*/u;
const NAMES = /(?<!\s)\s+(?:and|&)\s+|(?<!\s)\s*&\s*/u;

function wordsOf(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean);
}

/** The name at the start of a piece (`Jane Doe in Istanbul` → `Jane Doe`), or '' when it opens otherwise. */
function leadingName(piece: string): string {
  const words = wordsOf(piece.replace(/^["“]|["”]$/gu, ''));
  const name: string[] = [];
  for (const word of words) {
    const key = keyOf(word);
    const fits =
      isNameWord(word, key) ||
      NAME_PREFIXES.has(key) ||
      (name.length > 0 && (isParticle(key) || isNameSuffix(key)));
    if (!fits || name.length === 5) break;
    name.push(word);
  }
  return name.length > 0 ? name.join(' ') : '';
}

function isPersonList(segment: string): boolean {
  const pieces = segment.split(NAMES);
  return pieces.every((piece) => {
    const words = wordsOf(piece);
    const name = leadingName(piece);
    const organizational = words.some((word) => ORGANIZATION_WORDS.has(keyOf(word)));
    return name !== '' && name === piece.trim() && words.length >= 2 && !organizational;
  });
}

function isTitle(segment: string): boolean {
  return wordsOf(segment).some((word) => isTitleNoun(keyOf(word)));
}

/**
 * `By Jane Doe and John Roe, Reuters`: one byline per person, sharing the title and organization that follow
 * the names. Null when the line is not a byline.
 */
export function parseByline(line: string): RecognizedByline[] | null {
  const text = line.trim();
  const by = BY.exec(text);
  if (!by || wordsOf(text).length > 16) return null;
  const [first = '', ...others] = text.slice(by[0].length).split(SEGMENTS);
  const names = first
    .split(NAMES)
    .map(leadingName)
    .filter((name) => name !== '');
  if (names.length === 0) return null;

  const titles: string[] = [];
  const organizations: string[] = [];
  let listingNames = true;
  for (const segment of others.filter(Boolean)) {
    if (listingNames && isPersonList(segment)) {
      names.push(...segment.split(NAMES).map(leadingName));
      continue;
    }
    listingNames = false;
    if (isDateAlone(segment)) continue;
    (isTitle(segment) ? titles : organizations).push(segment);
  }
  const title = titles.join(', ');
  const organization = organizations.join(', ');
  return names.map((name) => ({ name, title, organization, text }));
}
