import { docxImport } from './formats/docx';
import { htmlImport } from './formats/html';
import { markdownImport } from './formats/markdown';
import { newsmlG2Import } from './formats/newsmlG2';
import { ninjsImport } from './formats/ninjs';
import { nitfImport } from './formats/nitf';
import { plainTextImport } from './formats/plainText';
import type { ImportFormat } from './importFormat';
import { ImportError } from './ImportError';

/** Every importer, the most specific first: a file no other format claims is read as plain text. */
export const IMPORT_FORMATS: readonly ImportFormat[] = [
  docxImport,
  htmlImport,
  nitfImport,
  newsmlG2Import,
  ninjsImport,
  markdownImport,
  plainTextImport,
];

export function importFormatFor(fileName: string, head: string): ImportFormat {
  const name = fileName.toLowerCase();
  const byName = IMPORT_FORMATS.filter((format) =>
    format.extensions.some((extension) => name.endsWith(extension)),
  );
  // Several formats share ".xml" and ".json": the file's first bytes decide, and failing that the first
  // format named tries it and says, in its own words, why the file is not one.
  const format =
    byName.find((candidate) => byName.length === 1 || candidate.sniff(head)) ??
    byName[0] ??
    IMPORT_FORMATS.find((candidate) => candidate.sniff(head));
  if (!format) {
    const known = IMPORT_FORMATS.flatMap((candidate) => candidate.extensions).join(', ');
    throw new ImportError('wrong-format', `Copydesk cannot import "${fileName}": it reads ${known} files.`);
  }
  return format;
}
