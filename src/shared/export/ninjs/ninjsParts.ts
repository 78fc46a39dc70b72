import { bodyHtml } from '../html/bodyHtml';
import { bylinePeople } from '../model/bylineParts';
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
    located: locatedOf(story),
    subjects: subjectsOf(story),
    body: {
      html: bodyHtml(story),
      charCount: copyCharCount(story.blocks),
      wordCount: wholeNumber('word count', story.wordCount, 0),
    },
  };
}
