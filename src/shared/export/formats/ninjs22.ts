import type { ExportFormat } from '../exportFormat';
import type { ExportStory } from '../model/exportStory';
import { ninjsParts } from '../ninjs/ninjsParts';
import { prettyJson } from '../ninjs/prettyJson';

/** The schema's own `$id`, without its empty fragment: what `standard.schema` names. */
export const NINJS_22_SCHEMA_URI = 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json';

/**
 * The story as an IPTC ninjs 2.2 news item (all-lowercase property names), pretty-printed with the
 * properties in a fixed order. `standard` states the version, so a reader (and `copydesk validate`)
 * knows which schema to check it against. Throws a RangeError on a field ninjs cannot hold.
 */
export function ninjs22(story: ExportStory): string {
  const parts = ninjsParts(story);
  return prettyJson({
    uri: parts.uri,
    standard: { name: 'ninjs', version: '2.2', schema: NINJS_22_SCHEMA_URI },
    type: 'text',
    representationtype: 'full',
    version: parts.version,
    firstcreated: parts.firstCreated,
    versioncreated: parts.versionCreated,
    ...(parts.embargoed !== null && { embargoed: parts.embargoed }),
    pubstatus: parts.pubStatus,
    urgency: parts.urgency,
    language: parts.language,
    ...(parts.slugline !== null && { slugline: parts.slugline }),
    ...(parts.headlines.length > 0 && { headlines: parts.headlines }),
    ...(parts.by !== null && { by: parts.by }),
    ...(parts.located !== null && { located: parts.located }),
    ...(parts.subjects.length > 0 && { subjects: parts.subjects }),
    bodies: [
      {
        role: 'main',
        contenttype: 'text/html',
        charcount: parts.body.charCount,
        wordcount: parts.body.wordCount,
        value: parts.body.html,
      },
    ],
  });
}

export const ninjs22Format: ExportFormat = {
  id: 'ninjs-2.2',
  label: 'ninjs 2.2 (IPTC News in JSON)',
  fileSuffix: '.ninjs-2.2.json',
  // IANA registers no media type for ninjs: it is plain JSON.
  mediaType: 'application/json',
  isText: true,
  export: async (story) => new TextEncoder().encode(ninjs22(story)),
};
