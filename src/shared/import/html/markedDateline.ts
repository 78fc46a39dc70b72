import { cityName } from '../cityName';
import { parseDateline } from '../recognize/recognizeCopy';

export interface DatelineFields {
  city: string;
  region: string;
  date: string;
  source: string;
}

/** The dateline opening `text`, "KHERSON, Ukraine, Nov. 24 (AP) — …", and the words after it; null without one. */
export function leadingDateline(
  text: string,
  referenceDate?: string,
): { fields: DatelineFields; rest: string } | null {
  const parsed = parseDateline(text, referenceDate);
  if (!parsed) return null;
  const { city, region, date, source } = parsed.dateline;
  return { fields: { city: cityName(city), region, date, source }, rest: parsed.rest };
}

// A marked element holding more than the dateline (a whole lede of class "dateline") is left to the lede's
// own recognition: taking it out would take the lede's words with it.
function fieldsOf(element: Element, referenceDate?: string): DatelineFields | null {
  const city = element.getAttribute('data-city');
  if (city === null) {
    const found = leadingDateline(element.textContent ?? '', referenceDate);
    return found && found.rest.trim() === '' ? found.fields : null;
  }
  return {
    city,
    region: element.getAttribute('data-region') ?? '',
    date: element.getAttribute('data-date') ?? '',
    source: element.getAttribute('data-source') ?? '',
  };
}

/**
 * The dateline a page marks with class "dateline" (Copydesk's exports and many newsrooms' pages), taken out
 * of the lede it opens; null when the page marks none, or marks words that are not a dateline.
 */
export function takeMarkedDateline(root: Element, referenceDate?: string): DatelineFields | null {
  const element = root.querySelector('.dateline');
  if (!element) return null;
  const fields = fieldsOf(element, referenceDate);
  if (!fields) return null;
  const paragraph = element.parentElement;
  const next = element.nextSibling;
  if (next?.nodeType === 3) next.textContent = (next.textContent ?? '').replace(/^\s+/, '');
  element.remove();
  if (paragraph && paragraph !== root && !(paragraph.textContent ?? '').trim()) paragraph.remove();
  return fields;
}
