import { ImportError } from '../ImportError';
import { decodeWindows1252 } from './windows1252';

const SAMPLE_BYTES = 8192;

// Text has no NUL bytes and few control characters; a picture or a zip renamed .txt has plenty of both.
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) controls += 1;
  }
  return controls > sample.length / 20;
}

export interface DecodedText {
  text: string;
  /** 'utf-8', or 'windows-1252' for older files that are not valid UTF-8. */
  encoding: string;
}

/** The file's text: UTF-8 (a BOM is dropped), else Windows-1252, as older Word and mail exports write. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.byteLength === 0) throw new ImportError('empty', 'The file is empty.');
  if (looksBinary(bytes)) {
    throw new ImportError(
      'binary',
      'The file is not text: it holds binary data (is it a picture or a document?).',
    );
  }
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
