const NORM =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:T(\d{2}):?(\d{2})(?::?(\d{2}))?(?:[.,]\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** NITF's `norm` date ("20261125T060000Z", "20261125T060000+0100", ISO 8601 extended too) as an ISO instant. */
export function nitfInstant(norm: string | null): string | null {
  const match = NORM.exec((norm ?? '').trim());
  if (!match) return null;
  const [, year, month, day, hour = '00', minute = '00', second = '00', zone = 'Z'] = match;
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const instant = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}${offset}`);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/** The calendar day a `norm` names ("2026-11-24"), as written, whatever its time zone. */
export function nitfDayOf(norm: string | null): string {
  const match = NORM.exec((norm ?? '').trim());
  if (!match) return '';
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  return Number.isNaN(new Date(`${day}T00:00:00Z`).getTime()) ? '' : day;
}
