import { readFile } from 'node:fs/promises';
import { writeFileDurably } from '../durableWrite';
import type { LibraryLayout } from '../libraryLayout';
import type { FileStamp } from './fileStamp';
import { stampOf } from './fileStamp';
import { indexHeadSchema } from './indexHead';
import type { IndexHead, IndexHeadContents } from './indexHead';

/**
 * Written after index.json, with index.json's stamp: a crash between the two leaves a head whose stamp no
 * longer matches, which the next open ignores. `stories` is the stories folder's stamp, taken before the
 * snapshot the head was made from.
 */
export async function writeIndexHead(
  layout: LibraryLayout,
  contents: IndexHeadContents,
  stories: FileStamp,
): Promise<void> {
  const head: IndexHead = { ...contents, stamps: { index: await stampOf(layout.index), stories } };
  await writeFileDurably(layout.head, JSON.stringify(head), 'the story index head');
}

/** Undefined when there is none or it cannot be read: the head is a shortcut, never the only copy of anything. */
export async function readIndexHead(layout: LibraryLayout): Promise<IndexHead | undefined> {
  try {
    const parsed = indexHeadSchema.safeParse(JSON.parse(await readFile(layout.head, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
