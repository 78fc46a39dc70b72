import { ImportError } from '../ImportError';
import { decodeText, type DecodedText } from '../text/decodeText';
import { decodeWindows1252 } from '../text/windows1252';

// Browsers read ISO-8859-1 and US-ASCII as Windows-1252 too: it only adds letters where they have controls.
const WINDOWS_1252 = new Set([
  'windows-1252',
  'cp1252',
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'us-ascii',
  'ascii',
]);
const UTF_8 = new Set(['utf-8', 'utf8']);

function declaredEncoding(bytes: Uint8Array): string | null {
  const start = String.fromCharCode(...bytes.subarray(0, 200));
  const match = /^(?:\xEF\xBB\xBF)?\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(start);
  return match?.[1]?.toLowerCase() ?? null;
}

function utf16(bytes: Uint8Array): DecodedText | null {
  const [first, second] = bytes;
  if (first === 0xff && second === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (first === 0xfe && second === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  return null;
}

/**
 * An XML file's text in the encoding its declaration names (UTF-8 when it names none), as an XML reader
 * must; UTF-16 is told by its byte order mark. A file that says UTF-8 but is not is read as Windows-1252,
 * the usual mistake of older wire systems.
 */
export function decodeXml(bytes: Uint8Array): DecodedText {
  if (bytes.byteLength === 0) throw new ImportError('empty', 'The file is empty.');
  const wide = utf16(bytes);
  if (wide) return wide;
  const declared = declaredEncoding(bytes);
  if (declared === null || UTF_8.has(declared)) return decodeText(bytes);
  // Refuses empty and binary files the same way plain text does, whatever the declaration says.
  decodeText(bytes);
  if (WINDOWS_1252.has(declared)) return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  try {
    return { text: new TextDecoder(declared).decode(bytes), encoding: declared };
  } catch {
    throw new ImportError(
      'unreadable',
      `The file is written in the ${declared} encoding, which Copydesk cannot read: save it as UTF-8.`,
    );
  }
}
