import { copyToDraft } from '../copyToDraft';
import type { ImportFormat } from '../importFormat';
import { recognizeCopy } from '../recognize/recognizeCopy';
import { decodeText } from '../text/decodeText';
import { splitLines } from '../text/splitLines';
import { ImportError } from '../ImportError';

/** Copy typed on a phone, mailed or saved from a page as text: its structure is recognized, not read. */
export const plainTextImport: ImportFormat = {
  id: 'text',
  label: 'Plain text',
  extensions: ['.txt', '.text'],
  sniff: () => false,
  import: async (bytes, { fileName, importedAt }) => {
    const { text, encoding } = decodeText(bytes);
    const lines = splitLines(text);
    if (lines.every((line) => line === '')) throw new ImportError('empty', 'The file holds no text.');
    const imported = copyToDraft(recognizeCopy(lines, { referenceDate: importedAt }), {
      source: fileName,
      format: 'Plain text',
      unreadable: [],
    });
    if (encoding !== 'utf-8') imported.report.recognized.push(`Read as ${encoding}: the file is not UTF-8.`);
    return imported;
  },
};
