import type { ExportFormat } from '../exportFormat';
import type { ExportStory } from '../model/exportStory';
import { nitfElement } from '../nitf/nitfElement';
import { serializeXml } from '../xml/serializeXml';

/**
 * The story as a NITF 3.6 document (IPTC's News Industry Text Format), valid against the official
 * XSD. Throws a RangeError, before writing anything, on a field NITF cannot hold.
 */
export function nitf(story: ExportStory): string {
  return serializeXml(nitfElement(story));
}

export const nitfFormat: ExportFormat = {
  id: 'nitf',
  label: 'NITF 3.6',
  fileSuffix: '.nitf.xml',
  // IANA registers no XML media type for NITF ("application/nitf+xml" is only IPTC's label inside
  // NewsML-G2, and application/vnd.nitf is an unrelated imagery format): it is plain XML.
  mediaType: 'application/xml',
  isText: true,
  export: async (story) => new TextEncoder().encode(nitf(story)),
};
