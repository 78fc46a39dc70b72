import type { EditorNodeJson } from '../../story/editorDocument';
import type { ImportedStory } from '../importedStory';
import { importedStoryOf } from '../importedStoryOf';
import { ImportError } from '../ImportError';
import { htmlDocument } from '../html/htmlDocument';
import { inlineText } from '../html/inlineText';
import { liftLedeDateline } from '../html/liftLedeDateline';
import { readBodyHtml } from '../html/readBodyHtml';
import type { DroppedLine } from '../recognize/recognizedCopy';
import { takeCodeBlocks } from './codeBlocks';
import { withCreditBlocks } from './creditBlocks';
import { splitFrontMatter } from './frontMatter';
import { frontMatterFields } from './frontMatterFields';
import { markPullquotes } from './pullquotes';
import { renderMarkdown } from './renderMarkdown';
import { type TitleBlock, titleBlocks } from './titleBlocks';

// A field the front matter names wins over the same field read from the top of the body; a body line that
// only repeats it is taken out and listed, one that says something else stays in the body.
function settle<T>(
  named: T | undefined,
  block: TitleBlock<T> | null,
  label: string,
  dropped: DroppedLine[],
): T | undefined {
  if (!block) return named;
  if (named !== undefined && JSON.stringify(named) !== JSON.stringify(block.value)) return named;
  if (named !== undefined)
    dropped.push({
      text: (block.element.textContent ?? '').trim(),
      reason: `repeats the front matter's ${label}`,
    });
  block.element.remove();
  return block.value;
}

// Markdown has no mark for a dateline: when a quote or credit made readBodyHtml take the copy as
// structured, the lede's opening is read here as it is in unstructured copy.
function withLedeDateline(body: EditorNodeJson, referenceDate: string): EditorNodeJson[] {
  const blocks = body.content ?? [];
  if (blocks[0]?.type === 'dateline') return blocks;
  const lifted = liftLedeDateline(blocks, referenceDate);
  if (!lifted.dateline) return blocks;
  const rest = lifted.blocks.length > 0 ? lifted.blocks : [{ type: 'paragraph' }];
  return [{ type: 'dateline', attrs: { ...lifted.dateline } }, ...rest];
}

const hasText = (blocks: EditorNodeJson[]) =>
  blocks.some((block) => block.type !== 'paragraph' || inlineText(block).trim() !== '');

/**
 * A Markdown story: its front matter's fields, the headline, subheadline and bylines at its top, and the
 * body read as the editor reads HTML, with the dateline, quotes and credits the desk writes in Markdown.
 */
export function markdownStory(
  source: string,
  { fileName, importedAt }: { fileName: string; importedAt: string },
): ImportedStory {
  const { entries, body } = splitFrontMatter(source);
  const { dropped, date, ...named } = frontMatterFields(entries);
  const root = htmlDocument(renderMarkdown(body)).body;
  const top = titleBlocks(root);
  const headline = settle(named.headline, top.headline, 'title', dropped) ?? '';
  const subheadline = settle(named.subheadline, top.subheadline, 'subtitle', dropped) ?? '';
  const bylines = settle(named.bylines, top.bylines, 'author', dropped) ?? [];
  const codeBlocks = takeCodeBlocks(root);
  markPullquotes(root);
  const referenceDate = date ?? importedAt;
  const reading = readBodyHtml(root, { referenceDate });
  const blocks = withCreditBlocks(withLedeDateline(reading.body, referenceDate));
  if (!headline && !hasText(blocks))
    throw new ImportError('empty', 'The file holds no story: it has neither a headline nor any text.');
  return importedStoryOf(
    {
      ...named,
      headline,
      subheadline,
      section: named.section ?? '',
      bylines,
      body: { type: 'doc', content: blocks },
      quotes: reading.quotes,
    },
    { source: fileName, format: 'Markdown', dropped, unreadable: [...reading.unreadable, ...codeBlocks] },
  );
}
