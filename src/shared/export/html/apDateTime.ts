import { apDate } from '../../editor/dateline/apMonth';

// AP style: "9 a.m.", "9:40 p.m.", and noon and midnight by name, as "12 p.m." leaves readers guessing.
function apTime(hours: number, minutes: number): string {
  if (minutes === 0 && hours === 0) return 'midnight';
  if (minutes === 0 && hours === 12) return 'noon';
  const clock = hours % 12 === 0 ? 12 : hours % 12;
  const suffix = hours < 12 ? 'a.m.' : 'p.m.';
  return minutes === 0 ? `${clock} ${suffix}` : `${clock}:${String(minutes).padStart(2, '0')} ${suffix}`;
}

/**
 * "Nov. 24, 2026, 9:40 a.m. UTC": a story's time as a reader reads it. In UTC, as the story records no
 * time zone of its own for its readers; the `<time>` element carries the exact instant for machines.
 */
export function apDateTime(isoTime: string): string {
  const time = new Date(isoTime);
  const day = time.toISOString().slice(0, 10);
  return `${apDate(day)}, ${time.getUTCFullYear()}, ${apTime(time.getUTCHours(), time.getUTCMinutes())} UTC`;
}
