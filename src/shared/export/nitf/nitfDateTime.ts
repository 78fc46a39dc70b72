/** NITF's `norm` form of a moment: ISO 8601 basic, in UTC ("20261124T094030Z"), as NITF 3.6 allows. */
export function nitfDateTime(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/**
 * A calendar day without a time ("2026-11-24") in NITF's `norm` form, at midnight UTC as NITF asks for
 * a date with no time ("20261124T000000Z"). Null when it is not a day of the calendar.
 */
export function nitfDay(isoDate: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const day = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== isoDate ? null : nitfDateTime(day);
}
