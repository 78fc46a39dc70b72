/** Bumped when the manifest or the way the engine's text is stored changes; an older file is rebuilt. */
export const SEARCH_INDEX_FORMAT = 2;

export interface SearchIndexManifest {
  format: number;
  engine: string;
  /** Each indexed story's revision, to find on start-up the stories changed while the index was not watching. */
  revisions: Record<string, number>;
}

export type PersistedIndex = { manifest: SearchIndexManifest; engineBytes: Uint8Array };

export type UnusableReason = 'corrupt' | 'other-format' | 'other-engine';

const NEWLINE = 0x0a;
/** The engine's bytes start at a multiple of this, so an engine can view them as typed arrays in place. */
const ENGINE_ALIGNMENT = 8;

/**
 * The manifest on the first line, then the engine's own bytes: one file, so that one rename replaces both and
 * the revisions can never describe another index than the one beside them. The line is padded with spaces
 * (which JSON ignores) to keep the engine's bytes aligned.
 */
export function composeIndexFile(manifest: SearchIndexManifest, engineBytes: Uint8Array): Uint8Array {
  const line = Buffer.from(JSON.stringify(manifest));
  const padding = (ENGINE_ALIGNMENT - ((line.length + 1) % ENGINE_ALIGNMENT)) % ENGINE_ALIGNMENT;
  const file = new Uint8Array(line.length + padding + 1 + engineBytes.length);
  file.set(line);
  file.fill(0x20, line.length, line.length + padding);
  file[line.length + padding] = NEWLINE;
  file.set(engineBytes, line.length + padding + 1);
  return file;
}

function isRevisionMap(value: unknown): value is Record<string, number> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((revision) => Number.isSafeInteger(revision) && revision > 0);
}

export function parseIndexFile(
  contents: Uint8Array,
  engine: string,
): { ok: true; index: PersistedIndex } | { ok: false; reason: UnusableReason } {
  const lineEnd = contents.indexOf(NEWLINE);
  if (lineEnd < 0) return { ok: false, reason: 'corrupt' };
  let manifest: unknown;
  try {
    manifest = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(contents.subarray(0, lineEnd)));
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
    index: { manifest: { format, engine, revisions }, engineBytes: contents.subarray(lineEnd + 1) },
  };
}
