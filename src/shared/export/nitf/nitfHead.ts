import type { ExportStory } from '../model/exportStory';
import { wholeNumber } from '../model/wholeNumber';
import type { XmlElement } from '../xml/xmlNode';
import { block, element } from '../xml/xmlNode';
import { nitfDocdata } from './nitfDocdata';

/**
 * NITF's `head`: the title, the document metadata, and a `pubdata` with the story's length in words
 * and its section, the two facts about its publication a story holds.
 */
export function nitfHead(story: ExportStory): XmlElement {
  return block('head', {}, [
    story.headline && element('title', {}, [story.headline]),
    nitfDocdata(story),
    element('pubdata', {
      'item-length': wholeNumber('word count', story.wordCount, 0),
      'unit-of-measure': 'word',
      'position.section': story.section || undefined,
    }),
  ]);
}
