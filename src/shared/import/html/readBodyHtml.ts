import { DOMParser } from '@tiptap/pm/model';
import { storySchema } from '../../editor/storySchema';
import type { EditorNodeJson } from '../../story/editorDocument';
import type { QuoteEntry } from '../../story/story';
import { editorMarkupOf } from './editorMarkup';
import { htmlDocument } from './htmlDocument';
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
}

// Markup that says the writer already structured the story: then nothing is re-recognized, only listed.
const STRUCTURE = '.dateline, figure, blockquote, p.credit, [data-type]';

/**
 * A story body from HTML, read through the story schema's own parse rules (the editor's), so links, marks
 * and blocks are kept exactly as the editor would keep them, and nothing the schema does not allow (scripts,
 * handlers, unsafe links, styles) gets in. Copy with no structure of its own gets the plain-text recognition:
 * a dateline opening the lede, and paragraphs that are only a quote and its attribution become quote blocks.
 */
export function readBodyHtml(html: string | Element, options: ReadBodyOptions = {}): BodyReading {
  const root = typeof html === 'string' ? htmlDocument(html).body : html;
  const unreadable = takeUnreadableParts(root);
  const structured = root.querySelector(STRUCTURE) !== null;
  let dateline = takeMarkedDateline(root, options.referenceDate);
  editorMarkupOf(root);
  const parsed = DOMParser.fromSchema(storySchema())
    .parse(root as unknown as Node)
    .toJSON() as EditorNodeJson;
  let blocks = (parsed.content ?? []).filter((block) => {
    if (block.type === 'paragraph') return (block.content ?? []).length > 0;
    if (block.type !== 'dateline') return true;
    dateline ??= block.attrs as unknown as DatelineFields;
    return false;
  });
  if (!dateline && !structured) ({ dateline, blocks } = liftLedeDateline(blocks, options.referenceDate));
  const found = quotesOfBlocks(blocks, { makeQuoteBlocks: !structured });
  blocks = found.blocks;
  if (blocks.length === 0) blocks.push({ type: 'paragraph' });
  const content = dateline ? [{ type: 'dateline', attrs: { ...dateline } }, ...blocks] : blocks;
  return { body: { type: 'doc', content }, dateline, quotes: found.quotes, unreadable };
}
