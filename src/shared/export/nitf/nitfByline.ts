import type { Byline } from '../../story/story';
import type { XmlElement } from '../xml/xmlNode';
import { element } from '../xml/xmlNode';

function byttl(title: string, organization: string): XmlElement | null {
  const org = organization && element('org', {}, [organization]);
  if (title && org) return element('byttl', {}, [title, ', ', org]);
  return title || org ? element('byttl', {}, [title || org]) : null;
}

/**
 * One byline as NITF prints it: "By Jane Doe, Staff Correspondent, Copydesk News", the name marked as
 * the `person` and the title with the organization as the `byttl`. Null for a byline without a name.
 */
export function nitfByline(byline: Byline): XmlElement | null {
  const name = byline.name.trim();
  if (!name) return null;
  const title = byttl(byline.title.trim(), byline.organization.trim());
  return element('byline', {}, ['By ', element('person', {}, [name]), title && ', ', title]);
}
