import type { ExportStory } from '../model/exportStory';
import { pubStatusOf } from '../model/pubStatusOf';
import { instantOf } from '../model/storyTime';
import type { XmlElement } from '../xml/xmlNode';
import { block, element } from '../xml/xmlNode';
import { g2DateTime } from './g2DateTime';
import { G2_PROVIDER } from './g2Guid';

/**
 * The item's management: a text item from Copydesk, its version's time (the story's last update), its
 * first version's (the story's creation), the embargo, and the publication status every IPTC export
 * gives (see pubStatusOf): `withheld` until the desk approves the story, `canceled` once spiked.
 */
export function g2ItemMeta(story: ExportStory): XmlElement {
  const embargo = story.embargo === null ? null : instantOf('embargo', story.embargo);
  return block('itemMeta', {}, [
    element('itemClass', { qcode: 'ninat:text' }),
    block('provider', { literal: G2_PROVIDER }, [element('name', {}, ['Copydesk'])]),
    element('versionCreated', {}, [g2DateTime(instantOf('update time', story.updatedAt))]),
    element('firstCreated', {}, [g2DateTime(instantOf('creation time', story.createdAt))]),
    embargo && element('embargoed', {}, [g2DateTime(embargo)]),
    element('pubStatus', { qcode: `stat:${pubStatusOf(story.status)}` }),
  ]);
}
