import type { Byline } from '../../story/story';
import type { DatelineFields } from '../html/markedDateline';
import { nitfInstant } from '../nitf/nitfTime';
import { storySlug } from '../nitf/storySlug';
import { childAt, childrenNamed, wordsOf, attributeOf } from '../xml/xmlNames';
import { g2Dateline } from './g2Dateline';

export interface G2Meta {
  headline: string;
  subheadline: string;
  slug: string;
  bylines: Byline[];
  section: string;
  /** Subjects past the first, which a story's one section cannot hold. */
  otherSubjects: string[];
  keywords: string[];
  language: string;
  priority: number | null;
  embargo: string | null;
  pubStatus: string;
  dateline: DatelineFields | null;
  creditLines: string[];
}

// A creator is a person unless its type says otherwise; an organization creator is still who wrote it.
function creatorByline(creator: Element): Byline | null {
  const name = wordsOf(childAt(creator, 'name'));
  if (!name) return null;
  return { name, title: '', organization: wordsOf(childAt(creator, 'personDetails', 'affiliation', 'name')) };
}

// The section is a subject given by name only (Copydesk's), else the first subject with a name.
function subjectNames(contentMeta: Element | null): string[] {
  const named = childrenNamed(contentMeta, 'subject').filter((subject) => wordsOf(childAt(subject, 'name')));
  const ranked = [
    ...named.filter((subject) => !subject.hasAttribute('qcode')),
    ...named.filter((subject) => subject.hasAttribute('qcode')),
  ];
  return ranked.map((subject) => wordsOf(childAt(subject, 'name')));
}

/** What a news item's `itemMeta` and `contentMeta` say of the story, each field as the item gives it. */
export function g2Meta(item: Element, referenceDate?: string): G2Meta {
  const itemMeta = childAt(item, 'itemMeta');
  const contentMeta = childAt(item, 'contentMeta');
  const summary = childrenNamed(contentMeta, 'description').find((description) =>
    /summary$/.test(attributeOf(description, 'role') ?? ''),
  );
  const urgency = Number(wordsOf(childAt(contentMeta, 'urgency')) || NaN);
  const [section = '', ...otherSubjects] = subjectNames(contentMeta);
  const language =
    attributeOf(childAt(contentMeta, 'language'), 'tag') ?? attributeOf(item, 'xml:lang') ?? '';
  return {
    headline: wordsOf(childAt(contentMeta, 'headline')),
    subheadline: wordsOf(summary),
    slug: storySlug(wordsOf(childAt(contentMeta, 'slugline'))),
    bylines: childrenNamed(contentMeta, 'creator')
      .map(creatorByline)
      .filter((byline): byline is Byline => byline !== null),
    section,
    otherSubjects,
    keywords: childrenNamed(contentMeta, 'keyword').map(wordsOf).filter(Boolean),
    language: language.trim(),
    priority: Number.isInteger(urgency) && urgency >= 1 && urgency <= 9 ? urgency : null,
    embargo: nitfInstant(wordsOf(childAt(itemMeta, 'embargoed'))),
    pubStatus: (attributeOf(childAt(itemMeta, 'pubStatus'), 'qcode') ?? '').replace(/^stat:/, ''),
    dateline: g2Dateline(contentMeta, referenceDate),
    creditLines: childrenNamed(contentMeta, 'creditline').map(wordsOf).filter(Boolean),
  };
}
