/** Bumped when the manifest or the way the engine's text is stored changes; an older file is rebuilt. */
export const SEARCH_INDEX_FORMAT = 1;

export interface SearchIndexManifest {
  format: number;
  engine: string;
  /** Each indexed story's revision, to find on start-up the stories changed while the index was not watching. */
  revisions: Record<string, number>;
}

export type PersistedIndex = { manifest: SearchIndexManifest; engineText: string };

export type UnusableReason = 'corrupt' | 'other-format' | 'other-engine';

/**
 * The manifest on the first line, then the engine's own text: one file, so that one rename replaces both and
 * the revisions can never describe another index than the one beside them.
 */
export function composeIndexFile(manifest: SearchIndexManifest, engineText: string): string {
  return `${JSON.stringify(manifest)}\n${engineText}`;
}

function isRevisionMap(value: unknown): value is Record<string, number> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((revision) => Number.isSafeInteger(revision) && revision > 0);
}

export function parseIndexFile(
  contents: string,
  engine: string,
): { ok: true; index: PersistedIndex } | { ok: false; reason: UnusableReason } {
  const lineEnd = contents.indexOf('\n');
  if (lineEnd < 0) return { ok: false, reason: 'corrupt' };
  let manifest: unknown;
  try {
    manifest = JSON.parse(contents.slice(0, lineEnd));
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (typeof manifest !== 'object' || manifest === null) return { ok: false, reason: 'corrupt' };
  const { format, engine: writtenBy, revisions } = manifest as Partial<SearchIndexManifest>;
  if (format !== SEARCH_INDEX_FORMAT) return { ok: false, reason: 'other-format' };
  if (writtenBy !== engine) return { ok: false, reason: 'other-engine' };
  if (!isRevisionMap(revisions)) return { ok: false, reason: 'corrupt' };
  return {
    ok: true,
    index: { manifest: { format, engine, revisions }, engineText: contents.slice(lineEnd + 1) },
  };
}
