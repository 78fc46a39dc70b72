import type { ExportStory } from '../model/exportStory';
import type { XmlElement } from '../xml/xmlNode';
import { block, element } from '../xml/xmlNode';
import { nitfBlocks } from './nitfBlocks';
import { nitfByline } from './nitfByline';
import { nitfDateline } from './nitfDateline';
import { nitfCreditLine } from './nitfTagline';

function bodyHead(story: ExportStory): XmlElement {
  return block('body.head', {}, [
    block('hedline', {}, [
      element('hl1', {}, [story.headline]),
      story.subheadline && element('hl2', {}, [story.subheadline]),
    ]),
    ...story.bylines.map(nitfByline),
    story.dateline && nitfDateline(story.dateline),
  ]);
}

// NITF's `body.end` has one tagline: the credit lines go in it one per line, in the order of the story.
function bodyEnd(story: ExportStory): XmlElement | null {
  const lines = story.blocks.flatMap((exported) =>
    exported.kind === 'credit' && exported.credit.line ? [nitfCreditLine(exported.credit)] : [],
  );
  if (lines.length === 0) return null;
  const content = lines.flatMap((line, at) => (at === 0 ? line : [element('br'), ...line]));
  return block('body.end', {}, [element('tagline', {}, content)]);
}

/**
 * NITF's `body`: the headline, bylines and dateline in `body.head`, the story's blocks in
 * `body.content` with the first paragraph marked as the lede, and the credits in `body.end`. The
 * dateline is only in `body.head`, where NITF readers print it from; the lede does not repeat it.
 */
export function nitfBody(story: ExportStory): XmlElement {
  const ledeAt = story.blocks.findIndex((exported) => exported.kind === 'paragraph');
  return block('body', {}, [
    bodyHead(story),
    block('body.content', {}, nitfBlocks(story.blocks, ledeAt)),
    bodyEnd(story),
  ]);
}
