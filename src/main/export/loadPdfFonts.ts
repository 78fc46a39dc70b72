import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PdfFonts } from '@shared/export/exportFormat';
import { resourcesDir } from '../resources/resourcesDir';

const FILES: Record<keyof PdfFonts, string> = {
  regular: 'DejaVuSerif.ttf',
  bold: 'DejaVuSerif-Bold.ttf',
  italic: 'DejaVuSerif-Italic.ttf',
  boldItalic: 'DejaVuSerif-BoldItalic.ttf',
};

async function readFonts(dir: string): Promise<PdfFonts> {
  const read = async (face: keyof PdfFonts) => {
    const path = join(dir, FILES[face]);
    try {
      return new Uint8Array(await readFile(path));
    } catch (error) {
      throw new Error(`The PDF proof's font ${path} cannot be read: ${(error as Error).message}`, {
        cause: error,
      });
    }
  };
  const [regular, bold, italic, boldItalic] = await Promise.all([
    read('regular'),
    read('bold'),
    read('italic'),
    read('boldItalic'),
  ]);
  return { regular, bold, italic, boldItalic };
}

let cached: Promise<PdfFonts> | null = null;

/**
 * The proof's four DejaVu Serif faces from the resources folder, read once: a batch of a thousand proofs
 * reads the 1.4 MB of fonts a single time. A failed read is not kept, so the next export tries again.
 */
export function loadPdfFonts(): Promise<PdfFonts> {
  if (!cached) {
    // Inside the promise, so a missing resources folder rejects like any other failed read.
    cached = Promise.resolve().then(() => readFonts(join(resourcesDir(), 'fonts')));
    cached.catch(() => {
      cached = null;
    });
  }
  return cached;
}
