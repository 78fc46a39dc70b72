import JSZip from 'jszip';
import { Document, Packer, Paragraph, TextRun } from 'docx';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A Word document whose body is `bodyXml`, in a package the docx library made, as Word's are. */
export async function docxWithBody(bodyXml: string): Promise<Uint8Array> {
  const base = await Packer.pack(
    new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('x')] })] }] }),
    'uint8array',
  );
  const zip = await JSZip.loadAsync(base);
  zip.file(
    'word/document.xml',
    `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${bodyXml}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

/** A zip holding `files`, which is no Word document: a zip named .docx by mistake. */
export async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, text] of Object.entries(files)) zip.file(path, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Paragraphs, each of one run of text, as document.xml writes them. */
export const paragraphsXml = (...texts: string[]): string =>
  texts.map((text) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`).join('');

/** Tables inside tables, `depth` deep, a paragraph at the bottom. */
export function nestedTablesXml(depth: number): string {
  const open = '<w:tbl><w:tr><w:tc>'.repeat(depth);
  const close = '</w:tc></w:tr></w:tbl>'.repeat(depth);
  return `${open}${paragraphsXml('Deep inside')}${close}${paragraphsXml('After the table')}`;
}
