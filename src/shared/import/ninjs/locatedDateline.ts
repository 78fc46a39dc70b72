import type { DatelineFields } from '../html/markedDateline';
import { oneLine } from './fieldText';
import type { NinjsFields } from './ninjsFields';

const MAX_CITY = 200;

// `located` is where the story was written, as a reader names it: "Grossetto, Italy".
function locatedText(item: NinjsFields): string {
  const located = oneLine(item.located);
  if (located) return located;
  const place = (item.places ?? item.place ?? []).find(
    (entry) => (entry.rel ?? '').toLowerCase() === 'located',
  );
  return oneLine(place?.name);
}

/**
 * The dateline `located` gives ("Grossetto, Italy": city Grossetto, region Italy), for a body that opens
 * with none; null when the item names no place.
 */
export function locatedDateline(item: NinjsFields): DatelineFields | null {
  const [city = '', ...region] = locatedText(item).split(/\s*,\s*/u);
  if (!city || city.length > MAX_CITY) return null;
  return { city, region: region.join(', ').slice(0, MAX_CITY), date: '', source: '' };
}
