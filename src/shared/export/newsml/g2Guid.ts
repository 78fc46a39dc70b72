import { storyUuid } from '../model/storyUuid';

/** The provider part of the item's URN: Copydesk has no domain of its own, so a local one names it. */
export const G2_PROVIDER = 'copydesk.local';

/**
 * The item's globally unique id, the same for every version of the story: a NewsML URN (RFC 3085) from
 * the provider, the day the story was created and its id, "urn:newsml:copydesk.local:20261124:<id>".
 */
export function g2Guid(id: string, created: Date): string {
  return `urn:newsml:${G2_PROVIDER}:${created.toISOString().slice(0, 10).replace(/-/g, '')}:${storyUuid(id)}`;
}
