import type { ExportFormat } from '../exportFormat';
import type { ExportStory } from '../model/exportStory';
import { g2NewsItem } from '../newsml/g2NewsItem';
import { serializeXml } from '../xml/serializeXml';

/**
 * The story as a NewsML-G2 2.35 news item carrying its NITF 3.6 text, valid against the official XSDs
 * (the NITF part too). Throws a RangeError, before writing anything, on a field either cannot hold.
 */
export function newsmlG2(story: ExportStory): string {
  return serializeXml(g2NewsItem(story));
}

export const newsmlG2Format: ExportFormat = {
  id: 'newsml-g2',
  label: 'NewsML-G2 2.35',
  fileSuffix: '.newsml-g2.xml',
  // The type IANA registered for IPTC's G2 news items.
  mediaType: 'application/vnd.iptc.g2.newsitem+xml',
  isText: true,
  export: async (story) => new TextEncoder().encode(newsmlG2(story)),
};
