import type { ExportStory } from '../model/exportStory';
import { pubStatusOf } from '../model/pubStatusOf';
import { instantOf } from '../model/storyTime';
import { wholeNumber } from '../model/wholeNumber';
import type { XmlElement } from '../xml/xmlNode';
import { block, element } from '../xml/xmlNode';
import { nitfDateTime } from './nitfDateTime';

// The same status every IPTC export gives (see pubStatusOf); NITF adds `embargoed` for a usable story
// that waits for its release time.
function managementStatus(story: ExportStory): string {
  const status = pubStatusOf(story.status);
  return status === 'usable' && story.embargo !== null ? 'embargoed' : status;
}

// NITF counts urgency from 1 (most) to 8 (least); the desk's priority 9, IPTC's lowest, is NITF's 8.
function edUrgency(priority: number): number {
  return Math.min(wholeNumber('priority', priority, 1, 9), 8);
}

/**
 * The document's metadata: its id (the story's), urgency, issue time (the last update), release time
 * (the embargo), the revision as the dynamic-use key's generation, and the keywords.
 */
export function nitfDocdata(story: ExportStory): XmlElement {
  const issued = instantOf('update time', story.updatedAt);
  const released = story.embargo === null ? null : instantOf('embargo', story.embargo);
  return block('docdata', { 'management-status': managementStatus(story) }, [
    element('doc-id', { regsrc: 'Copydesk', 'id-string': story.id }),
    element('urgency', { 'ed-urg': edUrgency(story.priority) }),
    element('date.issue', { norm: nitfDateTime(issued) }),
    released && element('date.release', { norm: nitfDateTime(released) }),
    element('du-key', {
      key: story.slug || story.id,
      generation: wholeNumber('revision', story.revision, 1),
    }),
    story.keywords.length > 0 &&
      block(
        'key-list',
        {},
        story.keywords.map((key) => element('keyword', { key })),
      ),
  ]);
}
