import { type DatelineFields, leadingDateline } from '../html/markedDateline';
import { childAt, childrenNamed, wordsOf, attributeOf } from '../xml/xmlNames';

const BROADER_ORDER = ['cptype:statprov', 'cptype:country'];

function regionOf(located: Element | null): string {
  const broader = childrenNamed(located, 'broader').filter((place) => wordsOf(childAt(place, 'name')));
  const ranked = [...broader].sort(
    (a, b) =>
      BROADER_ORDER.indexOf(attributeOf(b, 'type') ?? '') -
      BROADER_ORDER.indexOf(attributeOf(a, 'type') ?? ''),
  );
  return wordsOf(childAt(ranked[0] ?? broader[0], 'name'));
}

/**
 * The dateline from a news item's `located` (the place, as names) and `dateline` (the printed line, for its
 * day and agency: "KHERSON, Ukraine, Nov. 24 (AP)"). Null when the item says neither where nor when.
 */
export function g2Dateline(contentMeta: Element | null, referenceDate?: string): DatelineFields | null {
  const located = childAt(contentMeta, 'located');
  const printed = wordsOf(childAt(contentMeta, 'dateline'));
  const fromLine = printed ? (leadingDateline(`${printed} — `, referenceDate)?.fields ?? null) : null;
  const city = wordsOf(childAt(located, 'name'));
  if (!city) return fromLine;
  const region = regionOf(located);
  // One located name can be a whole place ("New York, NY"): its first part is the city.
  const [town = city, state = ''] = region ? [city] : city.split(/\s*,\s*/);
  return {
    city: town,
    region: region || state || (fromLine?.region ?? ''),
    date: fromLine?.date ?? '',
    source: fromLine?.source ?? '',
  };
}
