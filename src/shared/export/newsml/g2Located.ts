import type { ExportStory } from '../model/exportStory';
import { regionKind } from '../model/regionKind';
import type { XmlElement } from '../xml/xmlNode';
import { block, element } from '../xml/xmlNode';
import { g2String } from './g2Strings';

// IPTC's concept types (cptype) for a city and what it lies in, chosen as the NITF dateline chooses
// between `state` and `country`.
const BROADER_TYPE = { state: 'cptype:statprov', country: 'cptype:country' } as const;

/**
 * Where the story was written, from its dateline: the city, with the region as the broader place.
 * Names as a reader writes them ("Kherson"), not the dateline's capitals. Null without a city.
 */
export function g2Located(dateline: ExportStory['dateline']): XmlElement | null {
  const city = dateline?.city.trim();
  if (!dateline || !city) return null;
  const region = dateline.region.trim();
  return block('located', { type: 'cptype:city' }, [
    element('name', {}, [g2String(city)]),
    region &&
      block('broader', { type: BROADER_TYPE[regionKind(region)] }, [element('name', {}, [g2String(region)])]),
  ]);
}
