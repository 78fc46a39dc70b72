import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
  /** The page's text, one line per baseline, top to bottom. */
  lines: string[];
}

export interface ReadPdf {
  pages: PdfPage[];
  info: Record<string, unknown>;
  /** The two parts of the file identifier, as hex. */
  fingerprints: (string | null)[];
}

/** Lines of text: the items on one baseline, left to right, joined as they are set. */
function linesOf(items: PdfTextItem[]): string[] {
  const rows = new Map<number, PdfTextItem[]>();
  for (const item of items) {
    const key = Math.round(item.y * 2) / 2;
    rows.set(key, [...(rows.get(key) ?? []), item]);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, row]) =>
      row
        .sort((a, b) => a.x - b.x)
        .map((item) => item.text)
        .join(''),
    );
}

/** Reads a PDF as a viewer does, with pdf.js: each page's text and where it sits, and the document's info. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // pdf.js takes the buffer it is given away from the caller, so it gets a copy.
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= doc.numPages; number += 1) {
      const page = await doc.getPage(number);
      const [, , width, height] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const items = content.items
        .filter((item) => 'str' in item && item.str !== '')
        .map((item) => {
          const {
            str,
            transform,
            width: itemWidth,
          } = item as { str: string; transform: number[]; width: number };
          return { text: str, x: transform[4]!, y: transform[5]!, width: itemWidth };
        });
      pages.push({ width, height, items, lines: linesOf(items) });
    }
    const { info } = await doc.getMetadata();
    return { pages, info: info as Record<string, unknown>, fingerprints: doc.fingerprints };
  } finally {
    await doc.destroy();
  }
}
