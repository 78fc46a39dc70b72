import { htmlDocument } from '../html/htmlDocument';
import { type BodyReading, readBodyHtml } from '../html/readBodyHtml';
import { ImportError } from '../ImportError';
import { splitLines } from '../text/splitLines';
import type { NinjsBodySource } from './ninjsBodySource';

// Plain copy as paragraphs, one per line, so the HTML reader's recognition (a dateline opening the lede,
// paragraphs that are only a quote) applies to it as to any unmarked copy. Text nodes, so nothing in it is markup.
function paragraphsOf(text: string): Element {
  const { body } = htmlDocument('');
  for (const line of splitLines(text).filter((candidate) => candidate.trim() !== '')) {
    const paragraph = body.ownerDocument.createElement('p');
    paragraph.textContent = line;
    body.append(paragraph);
  }
  return body;
}

/** The story body read from the item's body; an empty body when it has none. */
export function ninjsBody(source: NinjsBodySource | null, referenceDate: string): BodyReading {
  const input = source === null ? '' : source.kind === 'html' ? source.value : paragraphsOf(source.value);
  try {
    return readBodyHtml(input, { referenceDate });
  } catch (error) {
    // The HTML reader and the editor's parser walk the tree recursively: thousands of nested elements
    // exhaust the stack, which is a file no newsroom writes.
    if (error instanceof RangeError)
      throw new ImportError('unreadable', 'The body is nested too deeply to be read as a story.');
    throw error;
  }
}
