import type { ExportResources } from '@shared/export/exportFormat';

/** The resources of a format that needs none: a format that asks for the PDF's fonts fails its test. */
export const noResources: ExportResources = {
  pdfFonts: () => Promise.reject(new Error('Only the PDF proof needs fonts.')),
};
