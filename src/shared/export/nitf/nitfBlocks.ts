import type { ExportBlock, ListBlock } from '../model/exportStory';
import type { XmlElement } from '../xml/xmlNode';
import { block, element } from '../xml/xmlNode';
import { nitfInlines } from './nitfInlines';
import { nitfQuote } from './nitfQuote';

// An item of one paragraph holds its words directly, as wire NITF writes list items; an item with
// more (a second paragraph, a nested list) holds them as blocks.
function itemElement(item: readonly ExportBlock[]): XmlElement {
  const [only] = item;
  if (item.length === 1 && only?.kind === 'paragraph') return element('li', {}, nitfInlines(only.inlines));
  return block('li', {}, nitfBlocks(item));
}

function listElement(list: ListBlock): XmlElement {
  const items = list.items.map(itemElement);
  if (!list.ordered) return block('ul', {}, items);
  return block('ol', { seqnum: list.start !== 1 ? list.start : undefined }, items);
}

function blockElement(exported: ExportBlock, lede: boolean): XmlElement | null {
  switch (exported.kind) {
    case 'paragraph':
      return element('p', { lede: lede ? 'true' : undefined }, nitfInlines(exported.inlines));
    case 'heading':
      // NITF has one level of subhead in the body, `hl2`; the smaller subhead keeps its level as a class.
      return element(
        'hl2',
        { class: exported.level === 3 ? 'h3' : undefined },
        nitfInlines(exported.inlines),
      );
    case 'list':
      return listElement(exported);
    case 'quote':
      return nitfQuote(exported);
    case 'rule':
      return element('hr');
    case 'credit':
      // Credit lines go to the tagline at the end of the story, where NITF puts them.
      return null;
  }
}

/**
 * The body's blocks as NITF block content, in order; credit lines are left to the tagline. The
 * paragraph at `ledeAt`, if any, is marked as the lede.
 */
export function nitfBlocks(blocks: readonly ExportBlock[], ledeAt = -1): XmlElement[] {
  return blocks
    .map((exported, at) => blockElement(exported, at === ledeAt))
    .filter((made): made is XmlElement => made !== null);
}
