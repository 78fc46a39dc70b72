import { DOMParser } from '@tiptap/pm/model';
import { storySchema } from '../../editor/storySchema';
import type { EditorNodeJson } from '../../story/editorDocument';
import type { QuoteEntry } from '../../story/story';
import { ImportError } from '../ImportError';
import { editorMarkupOf } from './editorMarkup';
import { flattenDeepNesting } from './flattenDeepNesting';
import { htmlDocument } from './htmlDocument';
import { removeInertParts } from './inertParts';
import { liftLedeDateline } from './liftLedeDateline';
import { type DatelineFields, takeMarkedDateline } from './markedDateline';
import { quotesOfBlocks } from './quotesOfBlocks';
import { takeUnreadableParts } from './unreadableParts';

export interface BodyReading {
  /** A story body the editor opens as it is: the dateline first when there is one, then at least one block. */
  body: EditorNodeJson;
  dateline: DatelineFields | null;
  /** Every quote block and every quote found inside a paragraph, in the order of the story. */
  quotes: QuoteEntry[];
  /** What the body held that a story's text cannot: pictures, video, embedded frames. */
  unreadable: string[];
}

export interface ReadBodyOptions {
  /** ISO date of the copy, to give a year to a dateline's "Feb 26". */
  referenceDate?: string;
  /**
   * False for a body known to be structured already (Copydesk's own export): nothing is re-recognized.
   * By default a body with Copydesk's or the editor's markup is taken as it is, and any other gets the
   * dateline and quote recognition.
   */
  recognize?: boolean;
}

// Markup only Copydesk and its editor write: such a body was structured by a desk, so nothing is re-recognized.
const COPYDESK_MARKUP = [
  '[data-type="dateline"], [data-type="quote"], [data-type="attribution"], [data-type="editor-note"]',
  'span.dateline[data-city], figcaption > .speaker, p.credit[data-kind]',
].join(', ');
// Quotes the page already set apart: then paragraphs are not turned into quote blocks, only listed.
const MARKED_QUOTES = 'blockquote, figure[data-type="quote"]';

function parsedBody(root: Element): EditorNodeJson {
  try {
    return DOMParser.fromSchema(storySchema())
      .parse(root as unknown as Node)
      .toJSON() as EditorNodeJson;
  } catch (error) {
    // Flattening keeps the parser's recursion shallow; this is the last guard, for a stack smaller than ours.
    if (error instanceof RangeError)
      throw new ImportError('unreadable', 'The HTML is nested too deeply to be read as a story.');
    throw error;
  }
}

/**
 * A story body from HTML, read through the story schema's own parse rules (the editor's), so links, marks
 * and blocks are kept exactly as the editor would keep them, and nothing the schema does not allow (scripts,
 * handlers, unsafe links, styles) gets in. Copy with no structure of its own gets the plain-text recognition:
 * a dateline opening the lede, and paragraphs that are only a quote and its attribution become quote blocks.
 */
export function readBodyHtml(html: string | Element, options: ReadBodyOptions = {}): BodyReading {
  const root = typeof html === 'string' ? htmlDocument(html).body : html;
  if (!root) throw new ImportError('unreadable', 'The HTML has no body to read.');
  removeInertParts(root);
  const flattened = flattenDeepNesting(root);
  const unreadable = takeUnreadableParts(root);
  if (flattened) unreadable.push('Elements nested too deeply to keep their layout, kept as their text');
  const recognize = options.recognize ?? root.querySelector(COPYDESK_MARKUP) === null;
  const quotesMarked = root.querySelector(MARKED_QUOTES) !== null;
  let dateline = takeMarkedDateline(root, options.referenceDate);
  editorMarkupOf(root);
  const parsed = parsedBody(root);
  let blocks = (parsed.content ?? []).filter((block) => {
    if (block.type === 'paragraph') return (block.content ?? []).length > 0;
    if (block.type !== 'dateline') return true;
    dateline ??= block.attrs as unknown as DatelineFields;
    return false;
  });
  if (!dateline && recognize) ({ dateline, blocks } = liftLedeDateline(blocks, options.referenceDate));
  const found = quotesOfBlocks(blocks, { makeQuoteBlocks: recognize && !quotesMarked });
  blocks = found.blocks;
  if (blocks.length === 0) blocks.push({ type: 'paragraph' });
  const content = dateline ? [{ type: 'dateline', attrs: { ...dateline } }, ...blocks] : blocks;
  return { body: { type: 'doc', content }, dateline, quotes: found.quotes, unreadable };
}
