import { z } from 'zod';
import { storySummarySchema } from '@shared/story/story';
import { INDEX_FORMAT } from '../indexFormat';
import type { StoryIndex } from '../StoryIndex';
import { fileStampSchema } from './fileStamp';

/** Three of the list's pages of 100: the first page and the next two the list asks for ahead. */
export const HEAD_SIZE = 300;

/**
 * index.head.json: what the library shows first, written beside index.json at each compaction so that opening
 * can show the first page without reading the whole index. `stamps` are those of index.json and of the
 * stories folder when it was written: if either has changed since, the head is stale and is not used.
 */
export const indexHeadSchema = z.object({
  format: z.literal(INDEX_FORMAT),
  journalSeq: z.number().int().nonnegative(),
  stamps: z.object({ index: fileStampSchema, stories: fileStampSchema }),
  activeCount: z.number().int().nonnegative(),
  trashCount: z.number().int().nonnegative(),
  /** The newest active stories, newest first, in the catalog's exact order. */
  newest: z.array(storySummarySchema),
});
export type IndexHead = z.infer<typeof indexHeadSchema>;

export type IndexHeadContents = Omit<IndexHead, 'stamps'>;

/** Taken in the same tick as the index.json snapshot, so that both describe the same moment. */
export function indexHeadOf(index: StoryIndex, journalSeq: number): IndexHeadContents {
  return {
    format: INDEX_FORMAT,
    journalSeq,
    activeCount: index.activeCount,
    trashCount: index.trashCount,
    newest: index.page({ view: 'active', offset: 0, limit: HEAD_SIZE }).items,
  };
}
