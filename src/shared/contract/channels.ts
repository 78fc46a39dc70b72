/** Kept free of zod so the preload, which only needs the names, stays small. */
export const CHANNELS = [
  'story:create',
  'story:get',
  'story:save',
  'story:list',
  'story:query',
  'story:duplicate',
  'story:trash',
  'story:restore',
  'story:purge',
  'revision:list',
  'revision:get',
  'revision:restore',
  'library:status',
  'library:facets',
  'export:formats',
  'export:preview',
  'export:write',
  'folder:choose',
  'import:file',
  'import:choose',
  'import:chosen',
] as const;

export type Channel = (typeof CHANNELS)[number];

export function isChannel(name: string): name is Channel {
  return (CHANNELS as readonly string[]).includes(name);
}
