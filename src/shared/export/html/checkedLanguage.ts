// The same pattern the story schema holds the language to: a BCP 47 tag such as "en" or "en-GB".
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

/** The story's language for `lang` and `inLanguage`; a RangeError for anything but a BCP 47 tag. */
export function checkedLanguage(value: string): string {
  if (!LANGUAGE_TAG.test(value)) {
    throw new RangeError(`The story's language "${value}" is not a BCP 47 tag such as "en" or "en-GB".`);
  }
  return value;
}
