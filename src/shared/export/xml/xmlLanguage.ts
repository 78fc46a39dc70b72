// XML Schema's `language` type (xml:lang, and the tags of NITF and NewsML-G2).
const LANGUAGE = /^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$/;

/** The tag, checked: a story's own language always passes; anything else is refused before any output. */
export function xmlLanguage(tag: string): string {
  if (!LANGUAGE.test(tag))
    throw new RangeError(`The story's language "${tag}" is not a language tag such as "en".`);
  return tag;
}
