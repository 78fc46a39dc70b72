import type { ExportFormat } from '../exportFormat';
import type { ExportStory } from '../model/exportStory';
import type { NinjsSpelling } from '../ninjs/ninjsItem';
import { ninjsItem } from '../ninjs/ninjsItem';

const NINJS_31: NinjsSpelling = {
  version: '3.1',
  schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json',
  representationType: 'representationType',
  firstCreated: 'firstCreated',
  versionCreated: 'versionCreated',
  embargoed: 'embargoedUntil',
  pubStatus: 'pubStatus',
  contentType: 'contentType',
  charCount: 'charCount',
  wordCount: 'wordCount',
};

/**
 * The story as an IPTC ninjs 3.1 news item: camelCase property names, the embargo as `embargoedUntil`.
 * Throws a RangeError on a field ninjs cannot hold.
 */
export function ninjs31(story: ExportStory): string {
  return ninjsItem(story, NINJS_31);
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
