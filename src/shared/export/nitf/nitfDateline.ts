import { apDate } from '../../editor/dateline/apMonth';
import type { ExportStory } from '../model/exportStory';
import { regionKind } from '../model/regionKind';
import type { XmlElement } from '../xml/xmlNode';
import { element } from '../xml/xmlNode';
import { nitfDay } from './nitfDateTime';

type Dateline = NonNullable<ExportStory['dateline']>;

/**
 * The dateline as NITF marks it up: the place as a `location` (the city, then the region as a `state`
 * or a `country`, see `regionKind`) and the day as a `story.date` with its `norm`. Its words are the
 * shared AP line without the closing dash ("KHERSON, Ukraine, Nov. 24 (AP)"). Null without a city.
 */
export function nitfDateline(dateline: Dateline): XmlElement | null {
  const city = dateline.city.trim().toUpperCase();
  if (!city) return null;
  const region = dateline.region.trim();
  const place = element('location', {}, [
    element('city', {}, [city]),
    region && ', ',
    region && element(regionKind(region), {}, [region]),
  ]);
  const date = dateline.date.trim();
  const day = apDate(date);
  const source = dateline.source.trim();
  return element('dateline', {}, [
    place,
    day && ', ',
    day && element('story.date', { norm: nitfDay(date) ?? undefined }, [day]),
    source && ` (${source})`,
  ]);
}
