import mammoth from 'mammoth';
import { ImportError } from '../ImportError';
import { DOCX_STYLE_MAP } from './docxStyleMap';

export interface DocxHtml {
  html: string;
  /** What mammoth could not carry over, worded for the report. */
  unreadable: string[];
}

const UNRECOGNISED_STYLE = /^Unrecognised (paragraph|run) style: '(.*)' \(Style ID: .*\)$/;
// Pictures are listed by readBodyHtml from their alt text; what mammoth says of their type does not matter.
const ABOUT_PICTURES = /^Image of type .* is unlikely to display in web browsers$/;

function reportLine(message: string): string | null {
  if (ABOUT_PICTURES.test(message)) return null;
  const style = UNRECOGNISED_STYLE.exec(message);
  if (!style) return `Word: ${message}`;
  return style[1] === 'paragraph'
    ? `Paragraph style “${style[2]}”: its paragraphs are read as plain paragraphs`
    : `Character style “${style[2]}”: its words are read as plain text`;
}

// Pictures become empty <img> elements that keep their alt text: their data is never read or embedded.
const dropPicture = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * The Word document as HTML, by mammoth. Node's mammoth takes the bytes as `buffer`, the browser build as
 * `arrayBuffer`: both are given the same ArrayBuffer, which JSZip, under either, reads as it is.
 */
export async function docxHtml(bytes: ArrayBuffer): Promise<DocxHtml> {
  const input = { arrayBuffer: bytes, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(input, {
      styleMap: [...DOCX_STYLE_MAP],
      includeDefaultStyleMap: true,
      includeEmbeddedStyleMap: false,
      externalFileAccess: false,
      convertImage: dropPicture,
      ignoreEmptyParagraphs: false,
    });
  } catch (error) {
    const why =
      error instanceof RangeError
        ? 'its tables or fields are nested too deeply'
        : 'it is damaged, its text is not Word XML';
    throw new ImportError('unreadable', `The Word document cannot be read: ${why}.`);
  }
  const lines = result.messages.map((message) => reportLine(message.message));
  return { html: result.value, unreadable: [...new Set(lines.filter((line) => line !== null))] };
}
