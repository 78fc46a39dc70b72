import { isoTimeSchema } from '../../story/story';
import { bodyHtml } from '../html/bodyHtml';
import type { ExportStory } from '../model/exportStory';
import { byStatement } from './byStatement';
import { copyCharCount } from './copyCharCount';
import type { PubStatus } from './pubStatusOf';
import { pubStatusOf } from './pubStatusOf';
import { storyUri } from './storyUri';

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
  located: string | null;
  subjects: NinjsSubject[];
  body: { html: string; charCount: number; wordCount: number };
}

// The schemas' date-time format: a time with a zone. A story from the library always passes; anything
// else is refused here rather than written into a document that would not validate.
function dateTime(label: string, value: string): string {
  if (!isoTimeSchema.safeParse(value).success) {
    throw new RangeError(`The story's ${label} "${value}" is not an ISO 8601 date-time with a time zone.`);
  }
  return value;
}

function whole(label: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`The story's ${label} ${value} is not a whole number from ${min} to ${max}.`);
  }
  return value;
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

// `located` names the place as a reader would (IPTC: "Grossetto, Italy"), not the dateline's capitals;
// the AP-style dateline itself opens the lede in the body.
function locatedOf({ dateline }: ExportStory): string | null {
  return dateline ? [dateline.city, dateline.region].filter(Boolean).join(', ') : null;
}

/** Checks a story's fields and maps it to what ninjs carries. Throws a RangeError on a field no ninjs can hold. */
export function ninjsParts(story: ExportStory): NinjsParts {
  return {
    uri: storyUri(story.id),
    version: String(whole('revision', story.revision, 1, Number.MAX_SAFE_INTEGER)),
    firstCreated: dateTime('creation time', story.createdAt),
    versionCreated: dateTime('update time', story.updatedAt),
    embargoed: story.embargo === null ? null : dateTime('embargo', story.embargo),
    pubStatus: pubStatusOf(story.status),
    urgency: whole('priority', story.priority, 1, 9),
    language: story.language,
    slugline: story.slug || null,
    headlines: headlinesOf(story),
    by: byStatement(story.bylines),
    located: locatedOf(story),
    subjects: subjectsOf(story),
    body: {
      html: bodyHtml(story),
      charCount: copyCharCount(story.blocks),
      wordCount: whole('word count', story.wordCount, 0, Number.MAX_SAFE_INTEGER),
    },
  };
}
