import { readJournal } from '../Journal';
import { LIBRARY_FORMAT, readMarker } from '../libraryFolder';
import type { LibraryLayout } from '../libraryLayout';
import { sameStamp, stampOf } from './fileStamp';
import { readIndexHead } from './indexHeadFile';
import { LibraryHead } from './LibraryHead';

/**
 * The head, when it is certain to answer as the full open will: index.json is the one it was written with,
 * the stories folder has not changed since (no story added, removed or quarantined), and the journal holds no
 * change after it. Anything else (a crash, a first run, a newer format, a missing head) leaves it undefined and
 * the caller waits for the full open, which recovers as it always has. Never throws.
 */
export async function readLibraryHead(layout: LibraryLayout): Promise<LibraryHead | undefined> {
  try {
    const [marker, head] = await Promise.all([readMarker(layout), readIndexHead(layout)]);
    if (typeof marker !== 'object' || marker.format > LIBRARY_FORMAT || !head) return undefined;
    const [journal, index, stories] = await Promise.all([
      readJournal(layout.journal),
      stampOf(layout.index),
      stampOf(layout.stories),
    ]);
    if (journal.damaged || journal.entries.some((entry) => entry.seq > head.journalSeq)) return undefined;
    if (!sameStamp(index, head.stamps.index) || !sameStamp(stories, head.stamps.stories)) return undefined;
    return new LibraryHead(head, layout.root);
  } catch {
    return undefined;
  }
}
