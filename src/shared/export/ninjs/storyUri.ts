const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The story's identity as a URI: its id is a UUID, and `urn:uuid:` (RFC 4122) is the registered way to
 * name one, so the URI is globally unique and the same for every version and export of the story.
 */
export function storyUri(id: string): string {
  if (!UUID.test(id))
    throw new RangeError(`The story id "${id}" is not a UUID, so it cannot name a ninjs item.`);
  return `urn:uuid:${id.toLowerCase()}`;
}
