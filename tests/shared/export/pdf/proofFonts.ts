import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PdfFonts } from '@shared/export/exportFormat';

const dir = join(__dirname, '..', '..', '..', '..', 'resources', 'fonts');
const read = (file: string) => new Uint8Array(readFileSync(join(dir, file)));

/** The fonts the app ships, read once for the whole test file, as the app reads them once. */
export const PROOF_FONTS: PdfFonts = {
  regular: read('DejaVuSerif.ttf'),
  bold: read('DejaVuSerif-Bold.ttf'),
  italic: read('DejaVuSerif-Italic.ttf'),
  boldItalic: read('DejaVuSerif-BoldItalic.ttf'),
};
