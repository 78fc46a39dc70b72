const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The story's id, checked and in lower case, to name the story in a document. Anything but a UUID is
 * refused rather than written into an identifier that could clash with another story's or not parse.
 */
export function storyUuid(id: string): string {
  if (!UUID.test(id))
    throw new RangeError(`The story id "${id}" is not a UUID, so it cannot name the story.`);
  return id.toLowerCase();
}

/**
 * The story's identity as a URI: `urn:uuid:` (RFC 4122) is the registered way to name a UUID, so the
 * URI is globally unique and the same for every version and export of the story.
 */
export function storyUri(id: string): string {
  return `urn:uuid:${storyUuid(id)}`;
}
