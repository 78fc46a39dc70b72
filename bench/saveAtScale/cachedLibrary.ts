import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeLibrary } from '../library/makeLibrary';

export interface CachedLibrary {
  dir: string;
  /** How long generating it took, or undefined when an earlier run's library was reused. */
  generatedMs?: number;
}

export const CACHE_ROOT = join(tmpdir(), 'copydesk-save-at-scale');

/**
 * A generated library of `stories`, kept between runs: 100,000 stories take minutes to write. It is generated
 * beside its final name and renamed once whole, so an interrupted generation is never taken for a library.
 * Runs save into it, so a reused library holds the earlier runs' edits and its search index.
 */
export async function cachedLibrary(
  stories: number,
  seed: number,
  root = CACHE_ROOT,
): Promise<CachedLibrary> {
  const dir = join(root, `stories-${stories}-seed-${seed}`);
  if (existsSync(dir)) return { dir };
  const partial = `${dir}.partial`;
  await rm(partial, { recursive: true, force: true });
  const made = await makeLibrary({ stories, out: partial, seed });
  await rename(partial, dir);
  return { dir, generatedMs: made.elapsedMs };
}
