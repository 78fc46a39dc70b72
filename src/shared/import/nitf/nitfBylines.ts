import type { Byline } from '../../story/story';
import { childrenNamed, localNameOf, wordsOf } from '../xml/xmlNames';

export interface BylineReading {
  bylines: Byline[];
  /** Byline words that name nobody ("Sports Network" alone in a byttl). */
  nameless: string[];
}

// "By Jane Doe," before the title: the lead word and the separating comma are the byline's print, not its name.
const bare = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^by\s+/i, '')
    .replace(/[\s,;]+$/, '');

function titleAndOrganization(byttl: Element | undefined): { title: string; organization: string } {
  if (!byttl) return { title: '', organization: '' };
  const org = [...byttl.children].find((child) => localNameOf(child) === 'org');
  const title = [...byttl.childNodes]
    .filter((node) => node !== org)
    .map((node) => node.textContent ?? '')
    .join('');
  return { title: bare(title), organization: wordsOf(org) };
}

/**
 * NITF's bylines: the `person` is the name (else the words before the `byttl`, "By " left out), the `byttl`
 * the title, with its `org` as the organization ("By Jane Doe, Staff Correspondent, Copydesk News").
 */
export function nitfBylines(head: Element | null): BylineReading {
  const reading: BylineReading = { bylines: [], nameless: [] };
  for (const byline of childrenNamed(head, 'byline')) {
    const person = childrenNamed(byline, 'person')[0];
    const byttl = childrenNamed(byline, 'byttl')[0];
    const name = person
      ? wordsOf(person)
      : bare(
          [...byline.childNodes]
            .filter((node) => node !== byttl)
            .map((node) => node.textContent ?? '')
            .join(''),
        );
    const { title, organization } = titleAndOrganization(byttl);
    if (name) reading.bylines.push({ name, title, organization });
    else if (title || organization) reading.nameless.push([title, organization].filter(Boolean).join(', '));
  }
  return reading;
}
