import type { ImportFormat } from '../importFormat';
import { importedStoryOf } from '../importedStoryOf';
import { NAR_NAMESPACE } from '../newsml/g2Namespace';
import { newsItemOf } from '../newsml/newsItemOf';
import { readNewsItem } from '../newsml/readNewsItem';
import type { Dropped } from '../nitf/fitDraft';
import { readXml } from '../xml/readXml';
import { sniffRoot } from '../xml/sniffRoot';
import { addXmlReport } from '../xml/xmlReport';

/** An IPTC NewsML-G2 news item (or a news message holding one), with its text as NITF, XHTML or plain text. */
export const newsmlG2Import: ImportFormat = {
  id: 'newsml-g2',
  label: 'NewsML-G2',
  extensions: ['.newsml', '.xml'],
  sniff: (head) => {
    const root = sniffRoot(head);
    return (
      root !== null && root.namespace === NAR_NAMESPACE && ['newsItem', 'newsMessage'].includes(root.name)
    );
  },
  import: async (bytes, { fileName, importedAt }) => {
    const file = readXml(bytes);
    const dropped: Dropped = [];
    const item = newsItemOf(file, dropped);
    const reading = readNewsItem(item, importedAt);
    const imported = importedStoryOf(reading.draft, {
      source: fileName,
      format: 'NewsML-G2',
      dropped: [...dropped, ...reading.dropped],
      unreadable: reading.unreadable,
    });
    if (reading.pubStatus)
      imported.report.recognized.push(`Publication status in the file: ${reading.pubStatus}`);
    return addXmlReport(imported, file);
  },
};
