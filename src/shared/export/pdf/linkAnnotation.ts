import type { PDFDocument, PDFPage } from 'pdf-lib';
import { PDFHexString } from 'pdf-lib';

const hex = (text: string): string =>
  Array.from(new TextEncoder().encode(text), (byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * Makes a rectangle of the page open `href` when clicked. The address goes in as a hex string: whatever
 * it holds, no bracket or backslash in it can end the string early.
 */
export function addLinkAnnotation(
  doc: PDFDocument,
  page: PDFPage,
  rect: [number, number, number, number],
  href: string,
): void {
  const annotation = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: rect,
    Border: [0, 0, 0],
    A: { Type: 'Action', S: 'URI', URI: PDFHexString.of(hex(href)) },
  });
  page.node.addAnnot(doc.context.register(annotation));
}
