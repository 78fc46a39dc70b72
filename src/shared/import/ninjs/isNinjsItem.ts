const HEADLINE = /^(?:headline|headlines|headline_[a-zA-Z0-9_]+)$/;
const BODY = /^(?:bodies|body_[a-zA-Z0-9_]+|descriptions|description_[a-zA-Z0-9_]+)$/;
// Properties every ninjs version names alike or nearly: what marks an object as a news item.
const MARKERS =
  /^(?:headlines?|headline_\w+|bodies|body_\w+|descriptions|description_\w+|by|byline|versioncreated|versionCreated|firstcreated|firstCreated|located|slugline|urgency|pubstatus|pubStatus|subjects?|associations|renditions|representationtype|representationType)$/;

function declaresNinjs(standard: unknown): boolean {
  return (
    typeof standard === 'object' && standard !== null && (standard as { name?: unknown }).name === 'ninjs'
  );
}

/**
 * Why a parsed JSON value is not a ninjs news item, in words for the desk; null when it is one. An item has
 * a `uri` and some other ninjs property, or says it is ninjs, or (as some feeds send it) has no `uri` but
 * both a headline and a body.
 */
export function notNinjsReason(value: unknown): string | null {
  if (Array.isArray(value)) return 'it holds a list, not one news item';
  if (typeof value !== 'object' || value === null) return 'it holds a single value, not a news item';
  const item = value as Record<string, unknown>;
  if (declaresNinjs(item.standard) || declaresNinjs(item.$standard)) return null;
  const names = Object.keys(item);
  const markers = names.filter((name) => MARKERS.test(name));
  if (typeof item.uri === 'string' && markers.length > 0) return null;
  if (names.some((name) => HEADLINE.test(name)) && names.some((name) => BODY.test(name))) return null;
  return 'it has no uri, headline, body or other property of a ninjs news item';
}
