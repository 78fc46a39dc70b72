/**
 * A whole number a story field must hold to be written into a document (priority, revision, word count).
 * A story from the library always passes; anything else is refused before a document is begun.
 */
export function wholeNumber(
  label: string,
  value: number,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`The story's ${label} ${value} is not a whole number from ${min} to ${max}.`);
  }
  return value;
}
