import type { Adapter } from 'lowdb';
import { z } from 'zod';
import { storyIdSchema, storySummarySchema } from '@shared/story/story';
import { writeFileDurably } from './durableWrite';
import { INDEX_FORMAT } from './indexFormat';
import { indexText } from './indexText';
import { quickIndexCheck } from './quickIndexCheck';
import { readIndexJson } from './readIndexFile';

export { INDEX_FORMAT };

/**
 * index.json: every story's summary, as of journal entry `journalSeq`; entries after it are in index.journal.
 */
export const indexFileSchema = z
  .object({
    format: z.literal(INDEX_FORMAT),
    journalSeq: z.number().int().nonnegative(),
    stories: z.record(storyIdSchema, storySummarySchema),
  })
  .refine(
    (index) => Object.entries(index.stories).every(([id, summary]) => summary.id === id),
    'Every index entry is keyed by its own story id',
  );
export type IndexFile = z.infer<typeof indexFileSchema>;

export class UnreadableIndexError extends Error {
  override name = 'UnreadableIndexError';
}

/**
 * lowdb's JSONFile renames without fsync and pretty-prints, so a power cut can lose or tear the index and
 * every write costs more bytes: this adapter writes compact JSON, a story per line, atomically and durably, and
 * validates on read.
 */
export class DurableJsonAdapter implements Adapter<IndexFile> {
  constructor(private readonly path: string) {}

  async read(): Promise<IndexFile | null> {
    let json: unknown;
    try {
      json = await readIndexJson(this.path);
    } catch (error) {
      if (error instanceof SyntaxError) throw new UnreadableIndexError('The story index is not valid JSON.');
      throw error;
    }
    if (json === undefined) return null;
    const checked = quickIndexCheck(json);
    if (checked) return checked;
    const parsed = indexFileSchema.safeParse(json);
    if (!parsed.success) throw new UnreadableIndexError('The story index does not match its format.');
    return parsed.data;
  }

  async write(data: IndexFile): Promise<void> {
    await writeFileDurably(this.path, indexText(data), 'the story index');
  }
}
