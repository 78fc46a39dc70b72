import { ImportError } from '../ImportError';
import { decodeText } from '../text/decodeText';
import { decodeWindows1252 } from '../text/windows1252';

// Browsers read a page declared Latin-1 as Windows-1252, and so do we.
const SINGLE_BYTE = new Set(['windows-1252', 'iso-8859-1', 'latin1', 'latin-1', 'us-ascii', 'cp1252', 'l1']);
const CHARSET = /<meta[^>]*?charset\s*=\s*["']?\s*([\w-]+)/i;
const ANY_TAG = /<[a-zA-Z!/]/;

export interface DecodedHtml {
  html: string;
  encoding: string;
}

/**
 * The page's text. UTF-8 unless its `<meta charset>` names Windows-1252 or Latin-1 (older newsroom systems
 * save pages so): then its bytes are read as that, even where they would happen to be valid UTF-8.
 */
export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const decoded = decodeText(bytes);
  if (decoded.text.trim() === '') throw new ImportError('empty', 'The file holds no text.');
  const declared = CHARSET.exec(decoded.text.slice(0, 4096))?.[1]?.toLowerCase() ?? '';
  const single = SINGLE_BYTE.has(declared);
  const html = single && decoded.encoding === 'utf-8' ? decodeWindows1252(bytes) : decoded.text;
  if (!ANY_TAG.test(html))
    throw new ImportError(
      'wrong-format',
      'The file is named as a web page but holds no HTML: import it as plain text instead.',
    );
  return { html, encoding: single ? 'windows-1252' : decoded.encoding };
}
