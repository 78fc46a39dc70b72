import { plainTextImport } from './formats/plainText';
import type { ImportFormat } from './importFormat';
import { ImportError } from './ImportError';

/** Every importer, the most specific first: a file no other format claims is read as plain text. */
export const IMPORT_FORMATS: readonly ImportFormat[] = [plainTextImport];

export function importFormatFor(fileName: string, head: string): ImportFormat {
  const name = fileName.toLowerCase();
  const byName = IMPORT_FORMATS.find((format) =>
    format.extensions.some((extension) => name.endsWith(extension)),
  );
  const bySniff = IMPORT_FORMATS.find((format) => format.sniff(head));
  const format = byName ?? bySniff;
  if (!format) {
    const known = IMPORT_FORMATS.flatMap((candidate) => candidate.extensions).join(', ');
    throw new ImportError('wrong-format', `Copydesk cannot import "${fileName}": it reads ${known} files.`);
  }
  return format;
}
