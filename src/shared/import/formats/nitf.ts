import type { ImportFormat } from '../importFormat';
import { importedStoryOf } from '../importedStoryOf';
import { addXmlReport } from '../xml/xmlReport';
import { readNitf } from '../nitf/readNitf';
import { readXml } from '../xml/readXml';
import { sniffRoot } from '../xml/sniffRoot';
import { wrongRoot } from '../xml/wrongRoot';

/** A wire story in IPTC's News Industry Text Format 3.x (with or without its namespace, as DTD-era files are). */
export const nitfImport: ImportFormat = {
  id: 'nitf',
  label: 'NITF',
  extensions: ['.nitf', '.xml'],
  sniff: (head) => sniffRoot(head)?.name === 'nitf',
  import: async (bytes, { fileName, importedAt }) => {
    const file = readXml(bytes);
    if (file.rootName !== 'nitf') throw wrongRoot('NITF', file.rootName);
    const { draft, dropped, unreadable } = readNitf(file.root, importedAt);
    const imported = importedStoryOf(draft, { source: fileName, format: 'NITF', dropped, unreadable });
    return addXmlReport(imported, file);
  },
};
