import type { Byline } from '../../story/story';
import type { XmlElement } from '../xml/xmlNode';
import { block, element } from '../xml/xmlNode';
import { g2String } from './g2Strings';

/**
 * A byline as a creator: the person's name, and the organization as their affiliation. NewsML-G2 takes
 * a job title only as a code, so the title is carried by the `by` line. Null for a byline without a name.
 */
export function g2Creator(byline: Byline): XmlElement | null {
  const name = byline.name.trim();
  if (!name) return null;
  const organization = byline.organization.trim();
  return block('creator', { type: 'cpnat:person' }, [
    element('name', {}, [g2String(name)]),
    organization &&
      block('personDetails', {}, [block('affiliation', {}, [element('name', {}, [g2String(organization)])])]),
  ]);
}
