import { isoTimeSchema } from '../../story/story';

// The same pattern the story schema holds the language to: a BCP 47 tag such as "en" or "en-GB".
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

/** An ISO 8601 date-time with a zone, as `<time datetime>` and schema.org need; a RangeError otherwise. */
export function checkedTime(label: string, value: string): string {
  if (!isoTimeSchema.safeParse(value).success) {
    throw new RangeError(`The story's ${label} "${value}" is not an ISO 8601 date-time with a time zone.`);
  }
  return value;
}

/** The story's language for `lang` and `inLanguage`; a RangeError for anything but a BCP 47 tag. */
export function checkedLanguage(value: string): string {
  if (!LANGUAGE_TAG.test(value)) {
    throw new RangeError(`The story's language "${value}" is not a BCP 47 tag such as "en" or "en-GB".`);
  }
  return value;
}

/** The story's word count for schema.org's `wordCount`; a RangeError for anything but a whole number ≥ 0. */
export function checkedWordCount(value: number): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`The story's word count ${value} is not a whole number of 0 or more.`);
  }
  return value;
}
