import JSZip from 'jszip';
import { ImportError } from '../ImportError';
import { type CoreProperties, coreProperties, NO_CORE_PROPERTIES } from './coreProperties';

export interface DocxPackage {
  /** The file's bytes, for mammoth, which reads the package itself. */
  bytes: ArrayBuffer;
  core: CoreProperties;
}

const MAIN_DOCUMENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
// Far more than any story: a package that unpacks to more is a zip bomb, not copy.
const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

type SizedEntry = { _data?: { uncompressedSize?: number } };

async function loadZip(bytes: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch {
    throw new ImportError(
      'unreadable',
      'The Word document cannot be opened: it is damaged or cut short (a DOCX file is a zip package, and this one is broken).',
    );
  }
}

async function text(zip: JSZip, path: string): Promise<string | null> {
  try {
    return (await zip.file(path)?.async('string')) ?? null;
  } catch {
    throw new ImportError('unreadable', `The Word document is damaged: its part ${path} cannot be unpacked.`);
  }
}

/**
 * Opens the package and checks it holds a Word document, so a spreadsheet, an e-book or any other zip named
 * .docx is refused in words a desk understands, before mammoth reads it.
 */
export async function openDocxPackage(bytes: Uint8Array): Promise<DocxPackage> {
  if (bytes.byteLength === 0) throw new ImportError('empty', 'The file is empty.');
  const head = String.fromCharCode(...bytes.subarray(0, 4));
  if (head !== 'PK\x03\x04')
    throw new ImportError('wrong-format', 'The file is not a Word document (DOCX): it is not a zip package.');
  const zip = await loadZip(bytes);
  const unpacked = Object.values(zip.files).reduce(
    (sum, entry) => sum + ((entry as unknown as SizedEntry)._data?.uncompressedSize ?? 0),
    0,
  );
  if (unpacked > MAX_UNPACKED_BYTES)
    throw new ImportError('too-large', 'The Word document unpacks to more than 256 MB: it is not a story.');
  const types = (await text(zip, '[Content_Types].xml')) ?? '';
  if (!zip.file('word/document.xml') && !types.includes(MAIN_DOCUMENT))
    throw new ImportError(
      'wrong-format',
      'The file is a zip package but not a Word document: it has no word/document.xml.',
    );
  const core = await text(zip, 'docProps/core.xml');
  const copy = bytes.slice().buffer;
  return { bytes: copy, core: core === null ? NO_CORE_PROPERTIES : coreProperties(core) };
}
