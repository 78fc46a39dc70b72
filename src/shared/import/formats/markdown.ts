import type { ImportFormat } from '../importFormat';
import { ImportError } from '../ImportError';
import { foreignFormat } from '../markdown/foreignFormat';
import { markdownStory } from '../markdown/markdownStory';
import { decodeText } from '../text/decodeText';

// A front matter's opening key, or an ATX heading on the first line: what Markdown files open with and
// plain copy does not.
const MARKDOWN_OPENING = /^\uFEFF?(?:---\r?\n[A-Za-z_][\w-]*[ \t]*:|#{1,6}[ \t]+\S)/;

/** Markdown as our exporter writes it and as writers, wikis and static sites do. */
export const markdownImport: ImportFormat = {
  id: 'markdown',
  label: 'Markdown',
  extensions: ['.md', '.markdown'],
  sniff: (head) => MARKDOWN_OPENING.test(head),
  import: async (bytes, { fileName, importedAt }) => {
    const { text, encoding } = decodeText(bytes);
    if (text.trim() === '') throw new ImportError('empty', 'The file holds no text.');
    const foreign = foreignFormat(text);
    if (foreign)
      throw new ImportError('wrong-format', `"${fileName}" is named as Markdown but holds ${foreign}.`);
    const imported = markdownStory(text, { fileName, importedAt });
    if (encoding !== 'utf-8') imported.report.recognized.push(`Read as ${encoding}: the file is not UTF-8.`);
    return imported;
  },
};
