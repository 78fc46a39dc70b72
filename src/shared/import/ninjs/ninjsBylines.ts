import type { Byline } from '../../story/story';
import { parseByline } from '../recognize/top/parseByline';
import { oneLine } from './fieldText';
import type { NinjsFields } from './ninjsFields';

type Named = NonNullable<NinjsFields['people']>[number];

// "by" in the languages wire services write it in: `Von Christian Hollmann, dpa`.
const BY_WORD = /^(?:by|von|par|por|door|av|af)\s+(?=\p{Lu})/iu;
// What joins two people in `by`: "A, Title, Org, and B", "A; B; and C", "A and B".
const JOINER = /\s*(?:[,;]\s*)?(?:(?:\band|&)\s*)?$/u;

const authorsIn = (named: readonly Named[] | null | undefined) =>
  (named ?? [])
    .filter((entry) => (entry.rel ?? '').toLowerCase() === 'author')
    .map((entry) => oneLine(entry.name));

function byOf(item: NinjsFields): string {
  return oneLine(item.by ?? item.byline).replace(BY_WORD, '');
}

/** "Kyiv Bureau Chief, Copydesk News" → its title and organization, the organization one the item names. */
function appositionFields(
  apposition: string,
  organizations: ReadonlySet<string>,
): Pick<Byline, 'title' | 'organization'> {
  const parts = apposition.split(/\s*,\s*/u).filter(Boolean);
  if (parts.length === 0) return { title: '', organization: '' };
  for (let at = 0; at < parts.length; at += 1) {
    const organization = parts.slice(at).join(', ');
    if (organizations.has(organization)) return { title: parts.slice(0, at).join(', '), organization };
  }
  if (organizations.size > 0) return { title: parts.join(', '), organization: '' };
  const [guess] = parseByline(`By Someone Named, ${apposition}`) ?? [];
  return { title: guess?.title ?? '', organization: guess?.organization ?? '' };
}

/** What `by` writes after each author's name, up to the next name; null when a name is not in it. */
function appositions(by: string, names: readonly string[]): string[] | null {
  const spans: { start: number; end: number }[] = [];
  let from = 0;
  for (const name of names) {
    const start = by.indexOf(name, from);
    if (start < 0) return null;
    spans.push({ start, end: start + name.length });
    from = start + name.length;
  }
  return spans.map(({ end }, at) =>
    by
      .slice(end, spans[at + 1]?.start ?? by.length)
      .replace(JOINER, '')
      .replace(/^\s*[,;]\s*/u, '')
      .trim(),
  );
}

function authorBylines(names: string[], by: string, organizations: ReadonlySet<string>): Byline[] {
  const found = appositions(by, names) ?? names.map(() => '');
  const bylines = names.map((name, at) => ({ name, ...appositionFields(found[at] ?? '', organizations) }));
  const last = bylines.at(-1)!;
  // "Jane Doe and John Roe, Reuters": the organization after the last name is everyone's.
  const shared =
    bylines.length > 1 &&
    last.title === '' &&
    bylines.slice(0, -1).every((byline) => byline.title === '' && byline.organization === '');
  return shared ? bylines.map((byline) => ({ ...byline, organization: last.organization })) : bylines;
}

// The recognizer stops a name at a word it does not know as one ("Frances d'Emilio" → "Frances"); in `by`
// the names are all that comes before the first comma, so each is taken whole there.
function wholeNames(by: string, parsed: readonly Byline[]): Byline[] {
  const pieces = (by.split(',')[0] ?? '').split(/\s+(?:and|&)\s+|\s*&\s*/u).map((piece) => piece.trim());
  if (pieces.length !== parsed.length) return [...parsed];
  return parsed.map((byline, at) => {
    const piece = pieces[at]!;
    const fits = piece.startsWith(byline.name) && piece.split(/\s+/u).length <= 6;
    return fits ? { ...byline, name: piece } : byline;
  });
}

/**
 * The item's bylines: its people with rel "author" in order, each with the title and organization `by`
 * gives them (the item's author organisations tell which words are an organization); else `by` read as a
 * desk's byline line.
 */
export function ninjsBylines(item: NinjsFields): Byline[] {
  const by = byOf(item);
  const names = authorsIn(item.people ?? item.person).filter(Boolean);
  if (names.length > 0) {
    const organizations = new Set(authorsIn(item.organisations ?? item.organisation).filter(Boolean));
    return authorBylines(names, by, organizations);
  }
  if (!by) return [];
  const parsed = parseByline(`By ${by}`);
  if (!parsed) return [{ name: by, title: '', organization: '' }];
  return wholeNames(
    by,
    parsed.map(({ name, title, organization }) => ({ name, title, organization })),
  );
}
