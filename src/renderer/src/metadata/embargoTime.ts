/**
 * An embargo is typed as local wall time (a datetime-local input) and stored as ISO 8601 with the
 * writer's offset, e.g. `2026-03-02T14:30:00+02:00`: the moment is exact and the wall time stays legible.
 */
const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const pad = (value: number, length = 2) => String(Math.abs(value)).padStart(length, '0');

function localWallTime(time: Date): string {
  const date = `${pad(time.getFullYear(), 4)}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
  return `${date}T${pad(time.getHours())}:${pad(time.getMinutes())}`;
}

function offsetOf(time: Date): string {
  const minutes = -time.getTimezoneOffset();
  return `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Null for an empty or unreadable input: no embargo. */
export function embargoFromLocalInput(value: string): string | null {
  const match = LOCAL_INPUT.exec(value);
  if (!match) return null;
  const [year, month, day, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  // Built from parts, so a wall time skipped by a daylight-saving jump moves forward like the clock did.
  const time = new Date(year, month - 1, day, hours, minutes, seconds);
  if (Number.isNaN(time.getTime())) return null;
  return `${localWallTime(time)}:${pad(time.getSeconds())}${offsetOf(time)}`;
}

/** The value for a datetime-local input: the embargo's moment in the writer's own time zone. */
export function localInputFromEmbargo(embargo: string | null): string {
  if (embargo === null) return '';
  const time = new Date(embargo);
  return Number.isNaN(time.getTime()) ? '' : localWallTime(time);
}

/** For the hint under the field: the zone the typed time is read in. */
export function localOffsetLabel(now: Date = new Date()): string {
  return `UTC${offsetOf(now)}`;
}
