import type { ExportStory } from '../model/exportStory';
import { ninjsParts } from './ninjsParts';
import { prettyJson } from './prettyJson';

/**
 * How one ninjs version spells the properties both versions carry: 2.x writes them in lowercase, 3.x in
 * camelCase and names the embargo `embargoedUntil`. Everything else is the same in both.
 */
export interface NinjsSpelling {
  version: '2.2' | '3.1';
  /** The schema's own `$id`, without its empty fragment: what `standard.schema` names. */
  schema: string;
  representationType: string;
  firstCreated: string;
  versionCreated: string;
  embargoed: string;
  pubStatus: string;
  contentType: string;
  charCount: string;
  wordCount: string;
}

/**
 * The story as an IPTC ninjs news item in one version's spelling, pretty-printed with the properties in a
 * fixed order. `standard` states the version, so a reader (and `copydesk validate`) knows which schema to
 * check it against. Throws a RangeError on a field ninjs cannot hold.
 */
export function ninjsItem(story: ExportStory, spelling: NinjsSpelling): string {
  const parts = ninjsParts(story);
  return prettyJson({
    uri: parts.uri,
    standard: { name: 'ninjs', version: spelling.version, schema: spelling.schema },
    type: 'text',
    [spelling.representationType]: 'full',
    version: parts.version,
    [spelling.firstCreated]: parts.firstCreated,
    [spelling.versionCreated]: parts.versionCreated,
    ...(parts.embargoed !== null && { [spelling.embargoed]: parts.embargoed }),
    [spelling.pubStatus]: parts.pubStatus,
    urgency: parts.urgency,
    language: parts.language,
    ...(parts.slugline !== null && { slugline: parts.slugline }),
    ...(parts.headlines.length > 0 && { headlines: parts.headlines }),
    ...(parts.by !== null && { by: parts.by }),
    ...(parts.authors.length > 0 && { people: parts.authors }),
    ...(parts.authorOrganisations.length > 0 && { organisations: parts.authorOrganisations }),
    ...(parts.located !== null && { located: parts.located }),
    ...(parts.subjects.length > 0 && { subjects: parts.subjects }),
    bodies: [
      {
        role: 'main',
        [spelling.contentType]: 'text/html',
        [spelling.charCount]: parts.body.charCount,
        [spelling.wordCount]: parts.body.wordCount,
        value: parts.body.html,
      },
    ],
  });
}
