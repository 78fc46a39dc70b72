import { bodyHtml } from '../html/bodyHtml';
import { bylinePeople } from '../model/bylineParts';
import { isBlankText } from '../model/publishableText';
import type { ExportStory } from '../model/exportStory';
import type { PubStatus } from '../model/pubStatusOf';
import { pubStatusOf } from '../model/pubStatusOf';
import { checkedTime } from '../model/storyTime';
import { storyUri } from '../model/storyUuid';
import { wholeNumber } from '../model/wholeNumber';
import { copyCharCount } from './copyCharCount';

export interface NinjsHeadline {
  /** `subhead` is the role IPTC's ninjs guide gives a subheadline. */
  role: 'main' | 'subhead';
  value: string;
}

export interface NinjsSubject {
  name: string;
  /** ninjs has no keywords or section of its own: both are subjects, told apart by `rel`. */
  rel: 'section' | 'keyword';
}

/** A byline's person or organization, `rel` "author" as IPTC's guide names who wrote the item. */
export interface NinjsAuthor {
  name: string;
  rel: 'author';
}

/** What both ninjs versions carry, under neutral names; each version's module spells the properties. */
export interface NinjsParts {
  uri: string;
  version: string;
  firstCreated: string;
  versionCreated: string;
  embargoed: string | null;
  pubStatus: PubStatus;
  urgency: number;
  language: string;
  slugline: string | null;
  headlines: NinjsHeadline[];
  by: string | null;
  /** The named bylines, one each, in order: `by` is for people to read, these for software to. */
  authors: NinjsAuthor[];
  /** The bylines' organizations, each once: what tells an organization from a title in `by`. */
  authorOrganisations: NinjsAuthor[];
  located: string | null;
  subjects: NinjsSubject[];
  body: { html: string; charCount: number; wordCount: number };
}

function headlinesOf({ headline, subheadline }: ExportStory): NinjsHeadline[] {
  const headlines: NinjsHeadline[] = [];
  if (headline) headlines.push({ role: 'main', value: headline });
  if (subheadline) headlines.push({ role: 'subhead', value: subheadline });
  return headlines;
}

function subjectsOf({ section, keywords }: ExportStory): NinjsSubject[] {
  const subjects: NinjsSubject[] = section ? [{ name: section, rel: 'section' }] : [];
  return [...subjects, ...keywords.map((name): NinjsSubject => ({ name, rel: 'keyword' }))];
}

// Neither version gives a person a title or an organization, so `by` keeps the desk's full line, people
// name the authors, and organisations say which words of `by` are an organization rather than a title.
function authorsOf({ bylines }: ExportStory): NinjsAuthor[] {
  return bylines
    .filter((byline) => !isBlankText(byline.name))
    .map((byline): NinjsAuthor => ({ name: byline.name, rel: 'author' }));
}

function authorOrganisationsOf({ bylines }: ExportStory): NinjsAuthor[] {
  const names = bylines
    .filter((byline) => !isBlankText(byline.name) && !isBlankText(byline.organization))
    .map((byline) => byline.organization);
  return [...new Set(names)].map((name): NinjsAuthor => ({ name, rel: 'author' }));
}

// `located` names the place as a reader would (IPTC: "Grossetto, Italy"), not the dateline's capitals;
// the AP-style dateline itself opens the lede in the body.
function locatedOf({ dateline }: ExportStory): string | null {
  return dateline ? [dateline.city, dateline.region].filter(Boolean).join(', ') : null;
}

/** Checks a story's fields and maps it to what ninjs carries. Throws a RangeError on a field no ninjs can hold. */
export function ninjsParts(story: ExportStory): NinjsParts {
  return {
    uri: storyUri(story.id),
    version: String(wholeNumber('revision', story.revision, 1)),
    firstCreated: checkedTime('creation time', story.createdAt),
    versionCreated: checkedTime('update time', story.updatedAt),
    embargoed: story.embargo === null ? null : checkedTime('embargo', story.embargo),
    pubStatus: pubStatusOf(story.status),
    urgency: wholeNumber('priority', story.priority, 1, 9),
    language: story.language,
    slugline: story.slug || null,
    headlines: headlinesOf(story),
    by: bylinePeople(story.bylines) || null,
    authors: authorsOf(story),
    authorOrganisations: authorOrganisationsOf(story),
    located: locatedOf(story),
    subjects: subjectsOf(story),
    body: {
      html: bodyHtml(story),
      charCount: copyCharCount(story.blocks),
      wordCount: wholeNumber('word count', story.wordCount, 0),
    },
  };
}
