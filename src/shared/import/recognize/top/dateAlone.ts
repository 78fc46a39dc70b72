import { MONTHS } from '../dateline/monthNames';

const WEEKDAYS = new Set(
  'monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri saturday sat sunday sun'.split(
    ' ',
  ),
);
const CLOCK_WORDS = new Set(
  'am pm a.m p.m a.m. p.m. gmt utc et est edt ct cst cdt mt mst mdt pt pst pdt bst cet cest eet eest msk ist jst aest hkt sgt'.split(
    ' ',
  ),
);
const JOINERS = new Set(
  'at on of the ago hours hour hrs hr minutes minute mins min days day weeks week yesterday today just now'.split(
    ' ',
  ),
);
const NUMERIC = [
  /^\d{1,4}(?:st|nd|rd|th)?$/,
  /^\d{1,2}[:.]\d{2}(?::\d{2})?(?:am|pm)?$/,
  /^\d{4}-\d{2}-\d{2}(?:t[\d:.]+(?:z|[+-]\d{2}:?\d{2})?)?$/,
  /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/,
  /^\(?(?:utc|gmt)?[+-]\d{1,2}(?::?\d{2})?\)?$/,
];

function isDatePart(word: string): 'anchor' | 'joiner' | null {
  const key = word.toLowerCase().replace(/^[(]+|(?<![),.])[),.]+$/g, '');
  if (key === '') return 'joiner';
  if (MONTHS.has(key) || WEEKDAYS.has(key) || NUMERIC.some((pattern) => pattern.test(key))) return 'anchor';
  if (CLOCK_WORDS.has(key) || JOINERS.has(key)) return 'joiner';
  return null;
}

/** A date or time and nothing else: `Wednesday, February 26, 2026 at 10:32 AM EST`, `3 hours ago`. */
export function isDateAlone(line: string): boolean {
  const words = line.split(/[\s,|•·/]+|\s[-–—]\s/u).filter(Boolean);
  if (words.length === 0 || words.length > 14) return false;
  const parts = words.map(isDatePart);
  return parts.every((part) => part !== null) && parts.includes('anchor');
}
