import type { ExportStory } from './model/exportStory';

export const EXPORT_FORMAT_IDS = [
  'html',
  'html-fragment',
  'markdown',
  'text',
  'nitf',
  'newsml-g2',
  'ninjs-2.2',
  'ninjs-3.1',
  'docx',
  'pdf',
] as const;

export type ExportFormatId = (typeof EXPORT_FORMAT_IDS)[number];

/** Font files for the PDF proof, read by whoever runs the export: shared code reads no files. */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
  boldItalic: Uint8Array;
}

export interface ExportResources {
  /** Read on first use, as only the PDF needs them. */
  pdfFonts: () => Promise<PdfFonts>;
}

export interface ExportOptions {
  /** Hard-wraps plain text (wire copy) at this many columns; null leaves each paragraph on one line. */
  textWidth: number | null;
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = { textWidth: null };

export interface ExportFormat {
  id: ExportFormatId;
  /** What a desk calls it: "NITF 3.6", "Plain text (wire copy)". */
  label: string;
  /** Added to the slug to name the file: ".nitf.xml" makes "slug.nitf.xml". */
  fileSuffix: string;
  mediaType: string;
  /** True when the bytes are UTF-8 text that can be shown as a preview. */
  isText: boolean;
  export: (story: ExportStory, resources: ExportResources, options: ExportOptions) => Promise<Uint8Array>;
}
