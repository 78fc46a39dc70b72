const ISO_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/;
const DAY_MS = 86_400_000;
const FILED_AHEAD_DAYS = 7;

function isoOf(year: number, month: number, day: number): string {
  if (year < 1000 || year > 9999) return '';
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return '';
  return date.toISOString().slice(0, 10);
}

/**
 * The ISO date of a dateline's month and day. A dateline without a year takes the latest one that does not put
 * the day more than a week after the reference date: copy is filed on the day of its dateline or soon after,
 * so "Dec 31" filed on Jan. 2 is last year's, and "Jan 2" filed on Dec. 31 (for an embargo) next year's. ''
 * when no year is known or the day does not exist.
 */
export function datelineDate(
  month: number,
  day: number,
  year: number | null,
  referenceDate?: string,
): string {
  if (year !== null) return isoOf(year, month, day);
  const reference = ISO_PREFIX.exec(referenceDate ?? '');
  if (!reference) return '';
  const [refYear, refMonth, refDay] = reference.slice(1).map(Number) as [number, number, number];
  const latest = Date.UTC(refYear, refMonth - 1, refDay) + FILED_AHEAD_DAYS * DAY_MS;
  for (const candidate of [refYear + 1, refYear, refYear - 1]) {
    const iso = isoOf(candidate, month, day);
    if (iso && Date.parse(iso) <= latest) return iso;
  }
  return '';
}
