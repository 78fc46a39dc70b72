import type { ExportFormat, ExportFormatId } from './exportFormat';
import { EXPORT_FORMAT_IDS } from './exportFormat';
import { docxFormat } from './formats/docx';
import { htmlFormat } from './formats/html';
import { htmlFragmentFormat } from './formats/htmlFragment';
import { markdownFormat } from './formats/markdown';
import { newsmlG2Format } from './formats/newsmlG2';
import { ninjs22Format } from './formats/ninjs22';
import { ninjs31Format } from './formats/ninjs31';
import { nitfFormat } from './formats/nitf';
import { pdfFormat } from './formats/pdf';
import { textFormat } from './formats/text';

const BY_ID: Record<ExportFormatId, ExportFormat> = {
  html: htmlFormat,
  'html-fragment': htmlFragmentFormat,
  markdown: markdownFormat,
  text: textFormat,
  nitf: nitfFormat,
  'newsml-g2': newsmlG2Format,
  'ninjs-2.2': ninjs22Format,
  'ninjs-3.1': ninjs31Format,
  docx: docxFormat,
  pdf: pdfFormat,
};

/** Every export format, in the order a desk is offered them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = EXPORT_FORMAT_IDS.map((id) => BY_ID[id]);

export function isExportFormatId(id: string): id is ExportFormatId {
  return (EXPORT_FORMAT_IDS as readonly string[]).includes(id);
}

export function exportFormat(id: ExportFormatId): ExportFormat {
  return BY_ID[id];
}

/** "nitf,ninjs-3.1" → the formats, in the order given, without repeats; an unknown id is named in the error. */
export function parseFormatList(list: string): ExportFormat[] {
  const ids = [
    ...new Set(
      list
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
  if (ids.length === 0) throw new RangeError(`Name at least one format: ${EXPORT_FORMAT_IDS.join(', ')}.`);
  const unknown = ids.filter((id) => !isExportFormatId(id));
  if (unknown.length > 0) {
    throw new RangeError(
      `Unknown format${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `"${id}"`).join(', ')}; ` +
        `known: ${EXPORT_FORMAT_IDS.join(', ')}.`,
    );
  }
  return ids.map((id) => BY_ID[id as ExportFormatId]);
}
