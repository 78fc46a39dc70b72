import type { ExportStory } from '../model/exportStory';
import type { XmlElement } from '../xml/xmlNode';
import { block } from '../xml/xmlNode';
import { xmlLanguage } from '../xml/xmlLanguage';
import { nitfBody } from './nitfBody';
import { nitfHead } from './nitfHead';

export const NITF_NAMESPACE = 'http://iptc.org/std/NITF/2006-10-18/';

/** The `version` NITF 3.6's schema fixes for its root. */
const NITF_VERSION = '-//IPTC//DTD NITF 3.6//EN';

/**
 * The story as a NITF 3.6 `nitf` element, for a document of its own or inside a NewsML-G2 item.
 * Throws a RangeError on a field NITF cannot hold (a time that is no time, a language that is no tag).
 */
export function nitfElement(story: ExportStory): XmlElement {
  return block(
    'nitf',
    { xmlns: NITF_NAMESPACE, version: NITF_VERSION, baselang: xmlLanguage(story.language) },
    [nitfHead(story), nitfBody(story)],
  );
}
