import type { ExportResources } from '@shared/export/exportFormat';
import { loadPdfFonts } from './loadPdfFonts';

/** What exporters need from disk, read from the project's or the packaged app's resources. */
export function exportResources(): ExportResources {
  return { pdfFonts: loadPdfFonts };
}
