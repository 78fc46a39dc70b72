import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { isoTimeSchema } from '@shared/story/story';
import { ensureDirectory, writeFileDurably } from './durableWrite';
import { fsErrorReason, isMissingFile } from './fsErrorReason';
import { LibraryError } from './LibraryError';
import type { LibraryLayout } from './libraryLayout';

export const LIBRARY_FORMAT = 1;

const markerSchema = z.object({ format: z.number().int().positive(), createdAt: isoTimeSchema });

/** What library.json says: 'missing' means this is the library's first run. */
export type MarkerState = 'missing' | 'unreadable' | z.infer<typeof markerSchema>;

/** Creates the library's folders, refusing a path that is a file or that cannot be written. */
export async function prepareFolders(layout: LibraryLayout): Promise<void> {
  try {
    for (const folder of [layout.root, layout.stories, layout.revisions, layout.quarantine]) {
      await ensureDirectory(folder);
    }
  } catch (error) {
    const isFile = await stat(layout.root).then(
      (found) => !found.isDirectory(),
      () => false,
    );
    const reason = isFile ? 'that path is a file, not a folder' : fsErrorReason(error);
    throw new LibraryError('storage', `Could not open the story library at ${layout.root}: ${reason}.`);
  }
}

export async function readMarker(layout: LibraryLayout): Promise<MarkerState> {
  let text: string;
  try {
    text = await readFile(layout.marker, 'utf8');
  } catch (error) {
    if (isMissingFile(error)) return 'missing';
    throw error;
  }
  try {
    const parsed = markerSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/** A library written by a later Copydesk may hold data this one would misread and then overwrite. */
export function refuseNewerFormat(layout: LibraryLayout, marker: MarkerState): void {
  if (typeof marker === 'object' && marker.format > LIBRARY_FORMAT) {
    throw new LibraryError(
      'storage',
      `The story library at ${layout.root} was written by a newer version of Copydesk (format ${marker.format}); update Copydesk to open it.`,
    );
  }
}

export async function writeMarker(layout: LibraryLayout, createdAt: Date): Promise<void> {
  const marker = { format: LIBRARY_FORMAT, createdAt: createdAt.toISOString() };
  await writeFileDurably(layout.marker, JSON.stringify(marker), 'the library marker');
}
