import JSZip from 'jszip';
import { validateXML } from 'xmllint-wasm';

/** Every part of a DOCX package, by its path, as text. */
export async function docxParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const file of Object.values(zip.files)) {
    if (!file.dir) parts.set(file.name, await file.async('string'));
  }
  return parts;
}

export function part(parts: Map<string, string>, path: string): string {
  const text = parts.get(path);
  if (text === undefined) throw new Error(`The package has no ${path}`);
  return text;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export const unescapeXml = (text: string): string =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);

export interface DocxParagraph {
  /** The paragraph style's id; 'Normal' when it names none. */
  style: string;
  /** Its text, a line break as "\n". */
  text: string;
  xml: string;
}

/** The body's paragraphs, read from `word/document.xml` as the exporter writes it. */
export function docxParagraphs(documentXml: string): DocxParagraph[] {
  const body = documentXml.slice(documentXml.indexOf('<w:body>'));
  return [...body.matchAll(/<w:p>.*?<\/w:p>|<w:p\/>/gs)].map(([xml]) => ({
    style: /<w:pStyle w:val="([^"]*)"\/>/.exec(xml)?.[1] ?? 'Normal',
    text: [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map(([tag, text]) => (tag === '<w:br/>' ? '\n' : unescapeXml(text ?? '')))
      .join(''),
    xml,
  }));
}

/** The XML indented by xmllint, one element a line, for golden files; throws if it is not well-formed. */
export async function formattedXml(xml: string, fileName = 'part.xml'): Promise<string> {
  const result = await validateXML({ xml: [{ fileName, contents: xml }], normalization: 'format' });
  if (!result.valid) {
    throw new Error(
      `${fileName} is not well-formed: ${result.errors.map((error) => error.message).join('; ')}`,
    );
  }
  return result.normalized;
}

export interface XmlFile {
  fileName: string;
  contents: string;
}

/**
 * Checks many XML files in one pass of xmllint, which takes a tenth of a second to start whatever it reads;
 * throws naming the files that are not well-formed.
 */
export async function expectWellFormed(files: readonly XmlFile[]): Promise<void> {
  const result = await validateXML({ xml: files, normalization: 'format' });
  if (!result.valid) {
    throw new Error(`Not well-formed: ${result.errors.map((error) => error.rawMessage).join('; ')}`);
  }
}
