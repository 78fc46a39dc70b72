import type { Byline } from '../../story/story';
import { isBlankText } from './publishableText';

/** One piece of a byline: a person's name, title or organization, or the words that join them. */
export interface BylinePart {
  role: 'name' | 'title' | 'organization' | 'joiner';
  text: string;
}

const joiner = (text: string): BylinePart => ({ role: 'joiner', text });

function personParts({ name, title, organization }: Byline): BylinePart[] {
  const parts: BylinePart[] = [{ role: 'name', text: name }];
  if (!isBlankText(title)) parts.push(joiner(', '), { role: 'title', text: title });
  if (!isBlankText(organization)) parts.push(joiner(', '), { role: 'organization', text: organization });
  return parts;
}

const hasApposition = (byline: Byline) => !isBlankText(byline.title) || !isBlankText(byline.organization);

function sharedOrganization(bylines: readonly Byline[]): string | null {
  const organization = bylines[0]!.organization;
  const shared = bylines.every((byline) => isBlankText(byline.title) && byline.organization === organization);
  return shared ? organization : null;
}

/** "A and B", "A, B and C": the desk's list, without a serial comma as AP writes it. */
function namesList(bylines: readonly Byline[]): BylinePart[] {
  return bylines.flatMap((byline, at) => {
    const name: BylinePart = { role: 'name', text: byline.name };
    if (at === 0) return [name];
    return [joiner(at === bylines.length - 1 ? ' and ' : ', '), name];
  });
}

// Two people: "A, Kyiv Bureau Chief, Copydesk News, and B": the comma closes A's apposition. Three or more
// with titles or organizations of their own need semicolons, or no reader could tell where a person ends.
function peopleList(bylines: readonly Byline[]): BylinePart[] {
  if (bylines.length === 2) {
    const [first, second] = bylines as [Byline, Byline];
    return [...personParts(first), joiner(hasApposition(first) ? ', and ' : ' and '), ...personParts(second)];
  }
  return bylines.flatMap((byline, at) => {
    if (at === 0) return personParts(byline);
    return [joiner(at === bylines.length - 1 ? '; and ' : '; '), ...personParts(byline)];
  });
}

// Without the "By": IPTC's `by` fields hold only the people ("Paulo Santalucia and Frances d'Emilio").
function peopleParts(bylines: readonly Byline[]): BylinePart[] {
  const named = bylines.filter((byline) => !isBlankText(byline.name));
  if (named.length === 0) return [];
  const organization = sharedOrganization(named);
  if (organization === null) return peopleList(named);
  if (isBlankText(organization)) return namesList(named);
  return [...namesList(named), joiner(', '), { role: 'organization', text: organization }];
}

const textOf = (parts: readonly BylinePart[]): string => parts.map((part) => part.text).join('');

/**
 * The byline as a desk writes it, in parts so each format can mark up names, titles and organizations:
 * "By Jane Doe, Staff Correspondent, Copydesk News"; "By Jane Doe and John Roe, Copydesk News" when they
 * share an organization and have no titles. Bylines without a name are left out (a title alone credits no
 * one); no named byline gives no parts.
 */
export function bylineParts(bylines: readonly Byline[]): BylinePart[] {
  const people = peopleParts(bylines);
  return people.length === 0 ? [] : [joiner('By '), ...people];
}

/** The byline as one line of plain text, or '' without a named byline. */
export function bylineText(bylines: readonly Byline[]): string {
  return textOf(bylineParts(bylines));
}

/**
 * The same list of people without the "By", for a field that names who wrote the story (ninjs and
 * NewsML-G2 `by`: "Jane Doe and John Roe, Reuters"); '' without a named byline.
 */
export function bylinePeople(bylines: readonly Byline[]): string {
  return textOf(peopleParts(bylines));
}

/**
 * One line per named byline ("By Jane Doe, Staff Correspondent, Copydesk News"), as a proof sets them, each
 * person's name, title and organization written as in the desk's list.
 */
export function bylineLines(bylines: readonly Byline[]): string[] {
  return bylines.map((byline) => bylineText([byline])).filter((line) => line !== '');
}
