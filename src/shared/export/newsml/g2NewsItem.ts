import type { ExportStory } from '../model/exportStory';
import { instantOf } from '../model/storyTime';
import { wholeNumber } from '../model/wholeNumber';
import { nitfElement } from '../nitf/nitfElement';
import type { XmlElement } from '../xml/xmlNode';
import { block, element } from '../xml/xmlNode';
import { xmlLanguage } from '../xml/xmlLanguage';
import { g2ContentMeta } from './g2ContentMeta';
import { g2Guid } from './g2Guid';
import { g2ItemMeta } from './g2ItemMeta';
import { NEWSML_G2_NAMESPACE } from './g2Namespace';

/** IPTC's catalog of its own schemes (ninat, stat, cptype, cpnat, drol), as IPTC's 2.35 examples cite it. */
const IPTC_CATALOG = 'http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_32.xml';

/**
 * The story as a NewsML-G2 2.35 `newsItem` of Power conformance: its identity and version (the story's
 * revision), item and content metadata, and the story itself as NITF 3.6 in `inlineXML`.
 */
export function g2NewsItem(story: ExportStory): XmlElement {
  const attributes = {
    xmlns: NEWSML_G2_NAMESPACE,
    guid: g2Guid(story.id, instantOf('creation time', story.createdAt)),
    version: wholeNumber('revision', story.revision, 1),
    standard: 'NewsML-G2',
    standardversion: '2.35',
    conformance: 'power',
    'xml:lang': xmlLanguage(story.language),
  };
  const content = {
    contenttype: 'application/nitf+xml',
    contenttypestandardversion: '3.6',
    wordcount: wholeNumber('word count', story.wordCount, 0),
  };
  return block('newsItem', attributes, [
    element('catalogRef', { href: IPTC_CATALOG }),
    g2ItemMeta(story),
    g2ContentMeta(story),
    block('contentSet', {}, [block('inlineXML', content, [nitfElement(story)])]),
  ]);
}
