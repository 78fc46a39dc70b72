import { z } from 'zod';
import { storyIdSchema, storySummarySchema } from '@shared/story/story';

/** A change about to be made to a story; it is journalled before the story's files are touched. */
export const indexChangeSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), summary: storySummarySchema }),
  z.object({ op: z.literal('delete'), id: storyIdSchema }),
]);
export type IndexChange = z.infer<typeof indexChangeSchema>;

export const journalEntrySchema = z.intersection(
  z.object({ seq: z.number().int().positive() }),
  indexChangeSchema,
);
export type JournalEntry = z.infer<typeof journalEntrySchema>;

export interface JournalContents {
  entries: JournalEntry[];
  /** A complete line could not be read, so some change may be missing: only a rebuild is safe. */
  damaged: boolean;
  /** The last line was cut short by a crash; it is ignored, but the next append must start a new line. */
  torn: boolean;
}

/** Parses index.journal; the text after the last newline is a torn append and is ignored. */
export function parseJournal(text: string): JournalContents {
  const lines = text.split('\n');
  const tail = lines.pop() ?? '';
  const entries: JournalEntry[] = [];
  let damaged = false;
  for (const line of lines) {
    if (line === '') continue;
    const entry = parseLine(line);
    if (entry) entries.push(entry);
    else damaged = true;
  }
  return { entries, damaged, torn: tail !== '' };
}

function parseLine(line: string): JournalEntry | undefined {
  try {
    const parsed = journalEntrySchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
