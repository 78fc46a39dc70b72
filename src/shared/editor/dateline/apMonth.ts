/** AP style spells out March through July and abbreviates the rest. */
const AP_MONTHS = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-11-24" → "Nov. 24"; anything that is not a real calendar date gives ''. */
export function apDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return '';
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return '';
  return `${AP_MONTHS[month - 1]} ${day}`;
}
