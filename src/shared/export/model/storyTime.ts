import { isoTimeSchema } from '../../story/story';

/**
 * The moment a story's time field names. A story from the library always passes; anything else is
 * refused before a document is begun, rather than written as a date no reader (or schema) could parse.
 */
export function instantOf(label: string, value: string): Date {
  const time = isoTimeSchema.safeParse(value).success ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) {
    throw new RangeError(`The story's ${label} "${value}" is not an ISO 8601 date-time with a time zone.`);
  }
  return new Date(time);
}

/** The time field as written, once checked as `instantOf` checks it: for formats that carry it unchanged. */
export function checkedTime(label: string, value: string): string {
  instantOf(label, value);
  return value;
}
