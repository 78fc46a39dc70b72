import type { ExportFormat } from '../exportFormat';
import type { ExportStory } from '../model/exportStory';
import type { NinjsSpelling } from '../ninjs/ninjsItem';
import { ninjsItem } from '../ninjs/ninjsItem';

const NINJS_22: NinjsSpelling = {
  version: '2.2',
  schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json',
  representationType: 'representationtype',
  firstCreated: 'firstcreated',
  versionCreated: 'versioncreated',
  embargoed: 'embargoed',
  pubStatus: 'pubstatus',
  contentType: 'contenttype',
  charCount: 'charcount',
  wordCount: 'wordcount',
};

/**
 * The story as an IPTC ninjs 2.2 news item: all-lowercase property names. Throws a RangeError on a field
 * ninjs cannot hold.
 */
export function ninjs22(story: ExportStory): string {
  return ninjsItem(story, NINJS_22);
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
