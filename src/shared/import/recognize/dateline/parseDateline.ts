import type { RecognizedDateline } from '../recognizedCopy';
import { datelineDate } from './datelineDate';
import { MONTH_PATTERN, MONTHS } from './monthNames';
import { NOT_CITIES, notCityKey } from './notCities';

// Each piece is matched where the last one ended (sticky), so no pattern can backtrack across the paragraph.
const CITY_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}'’.]*(?:-\p{Lu}[\p{Lu}\p{M}'’.]*)*`;
const CITY = new RegExp(String.raw`${CITY_WORD}(?: ${CITY_WORD}){0,4}(?=[\s,(—–―−-]|$)`, 'uy');
const REGION_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.]*(?:-\p{L}[\p{L}\p{M}'’.]*)*`;
const REGION = new RegExp(
  String.raw`, ?(${REGION_WORD}(?: (?:(?:and|of|de|del|da|do|du|la|el|the) )?${REGION_WORD}){0,3})(?=[\s,(—–―−-]|$)`,
  'uy',
);
const MONTH_DAY = new RegExp(
  String.raw`,? (${MONTH_PATTERN})\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?(?![\p{L}\p{N}])`,
  'iuy',
);
const DAY_MONTH = new RegExp(
  String.raw`,? (\d{1,2}) (${MONTH_PATTERN})\.?(?: (\d{4}))?(?![\p{L}\p{N}])`,
  'iuy',
);
const AGENCY = /\s*\(([^()\n]{1,40})\)/uy;
// A hyphen is a dash only with a space after it: `WINSTON-SALEM` and `KYIV-based` are words.
const DASH = /\s*(?:[—–―−]|--?(?=\s|$))\s*/uy;

interface Cursor {
  text: string;
  at: number;
}

function take(cursor: Cursor, pattern: RegExp): RegExpExecArray | null {
  pattern.lastIndex = cursor.at;
  const match = pattern.exec(cursor.text);
  if (match) cursor.at = pattern.lastIndex;
  return match;
}

function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

function takeDate(cursor: Cursor, referenceDate?: string): string | null {
  const monthFirst = take(cursor, MONTH_DAY);
  const match = monthFirst ?? take(cursor, DAY_MONTH);
  if (!match) return null;
  const [monthName, day] = monthFirst ? [match[1], match[2]] : [match[2], match[1]];
  const month = MONTHS.get((monthName ?? '').toLowerCase()) ?? 0;
  return datelineDate(month, Number(day), match[3] ? Number(match[3]) : null, referenceDate);
}

/**
 * The dateline that opens a lede (`ROCHESTER, N.Y. (Reuters) -`) and the text after it, which is always a
 * suffix of `paragraph`. Null when the paragraph does not open with a city in capitals followed by a dash.
 */
export function parseDateline(
  paragraph: string,
  referenceDate?: string,
): { dateline: RecognizedDateline; rest: string } | null {
  const cursor: Cursor = { text: paragraph, at: paragraph.length - paragraph.trimStart().length };
  const start = cursor.at;
  const city = take(cursor, CITY)?.[0];
  if (!city || letterCount(city) < 3) return null;
  if (NOT_CITIES.has(notCityKey(city)) || NOT_CITIES.has(notCityKey(city.split(' ')[0] ?? ''))) return null;

  let date = takeDate(cursor, referenceDate);
  let region = '';
  if (date === null) {
    region = take(cursor, REGION)?.[1] ?? '';
    date = takeDate(cursor, referenceDate);
  }
  const source = take(cursor, AGENCY)?.[1]?.trim() ?? '';
  // Only a dash may follow: `US officials - …` has a lowercase word between the capitals and the dash.
  if (!take(cursor, DASH)) return null;
  return {
    dateline: { city, region, date: date ?? '', source, text: paragraph.slice(start, cursor.at).trimEnd() },
    rest: paragraph.slice(cursor.at),
  };
}
