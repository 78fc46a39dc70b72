import { ImportError } from '../ImportError';
import { decodeText } from '../text/decodeText';
import { notNinjsReason } from './isNinjsItem';

/** The first bytes of a file look like a ninjs item: a JSON object naming its uri and some ninjs property. */
export function looksLikeNinjs(head: string): boolean {
  return (
    /^\uFEFF?\s*\{/.test(head) &&
    /"uri"\s*:/.test(head) &&
    /"(?:headlines?|bodies|body_\w+|headline_\w+|versioncreated|versionCreated|byline|ninjs)"/.test(head)
  );
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    if (looksLikeNinjs(text))
      throw new ImportError(
        'unreadable',
        'The ninjs file is damaged or cut short: its JSON ends before the news item does.',
      );
    throw new ImportError('wrong-format', 'The file is not valid JSON, so it cannot be a ninjs news item.');
  }
}

/** The ninjs item the file holds; an ImportError for an empty file, text that is not JSON, or other JSON. */
export function ninjsItemOf(bytes: Uint8Array): Record<string, unknown> {
  const { text } = decodeText(bytes);
  if (text.trim() === '') throw new ImportError('empty', 'The file holds no text.');
  const value = parsed(text);
  const reason = notNinjsReason(value);
  if (reason) throw new ImportError('wrong-format', `The file is JSON but not ninjs: ${reason}.`);
  return value as Record<string, unknown>;
}
