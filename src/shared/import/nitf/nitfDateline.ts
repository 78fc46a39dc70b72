import { cityName } from '../cityName';
import { type DatelineFields, leadingDateline } from '../html/markedDateline';
import { childAt, descendantsNamed, wordsOf, attributeOf } from '../xml/xmlNames';
import { nitfDayOf } from './nitfTime';

const REGIONS = ['state', 'region', 'country'];

// A city in a dateline's capitals is a name to the library ("KHERSON" → "Kherson"); one in mixed case is kept.
const cityOf = (words: string) => (words === words.toUpperCase() ? cityName(words) : words);

/**
 * The dateline's fields from NITF's `dateline`: the city and region from its `location` (`city`, then a
 * `state`, `region` or `country`), the day from the `story.date`'s norm, the agency from the words in
 * parentheses that close it ("(AP)"). A dateline without that markup is read from its words.
 */
export function nitfDateline(head: Element | null, referenceDate?: string): DatelineFields | null {
  const dateline = childAt(head, 'dateline');
  if (!dateline) return null;
  const words = wordsOf(dateline);
  const city = wordsOf(descendantsNamed(dateline, 'city')[0]);
  if (!city) return leadingDateline(`${words} — `, referenceDate)?.fields ?? null;
  const region = REGIONS.map((name) => wordsOf(descendantsNamed(dateline, name)[0])).find(Boolean) ?? '';
  const storyDate = descendantsNamed(dateline, 'story.date')[0];
  const date =
    nitfDayOf(attributeOf(storyDate, 'norm') ?? null) ||
    (storyDate ? (leadingDateline(`PARIS, ${wordsOf(storyDate)} — `, referenceDate)?.fields.date ?? '') : '');
  const source = /\(([^()]+)\)\s*$/.exec(words)?.[1]?.trim() ?? '';
  return { city: cityOf(city), region, date, source };
}
