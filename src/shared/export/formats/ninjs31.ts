import type { ExportFormat } from '../exportFormat';
import type { ExportStory } from '../model/exportStory';
import { ninjsParts } from '../ninjs/ninjsParts';
import { prettyJson } from '../ninjs/prettyJson';

/** The schema's own `$id`, without its empty fragment: what `standard.schema` names. */
export const NINJS_31_SCHEMA_URI = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json';

/**
 * The story as an IPTC ninjs 3.1 news item (camelCase property names; the embargo is `embargoedUntil`),
 * pretty-printed with the properties in a fixed order. `standard` states the version, so a reader (and
 * `copydesk validate`) knows which schema to check it against. Throws a RangeError on a field ninjs
 * cannot hold.
 */
export function ninjs31(story: ExportStory): string {
  const parts = ninjsParts(story);
  return prettyJson({
    uri: parts.uri,
    standard: { name: 'ninjs', version: '3.1', schema: NINJS_31_SCHEMA_URI },
    type: 'text',
    representationType: 'full',
    version: parts.version,
    firstCreated: parts.firstCreated,
    versionCreated: parts.versionCreated,
    ...(parts.embargoed !== null && { embargoedUntil: parts.embargoed }),
    pubStatus: parts.pubStatus,
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
        contentType: 'text/html',
        charCount: parts.body.charCount,
        wordCount: parts.body.wordCount,
        value: parts.body.html,
      },
    ],
  });
}

export const ninjs31Format: ExportFormat = {
  id: 'ninjs-3.1',
  label: 'ninjs 3.1 (IPTC News in JSON)',
  fileSuffix: '.ninjs-3.1.json',
  // IANA registers no media type for ninjs: it is plain JSON.
  mediaType: 'application/json',
  isText: true,
  export: async (story) => new TextEncoder().encode(ninjs31(story)),
};
