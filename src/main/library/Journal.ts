import { open, readFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { LibraryError } from './LibraryError';
import { syncDirectory, writeFileDurably } from './durableWrite';
import { fsErrorReason, isMissingFile } from './fsErrorReason';
import { parseJournal } from './journalEntry';
import type { IndexChange, JournalContents } from './journalEntry';
import { SerialQueue } from './SerialQueue';

interface Line {
  seq: number;
  text: string;
}

export async function readJournal(path: string): Promise<JournalContents> {
  try {
    return parseJournal(await readFile(path, 'utf8'));
  } catch (error) {
    if (isMissingFile(error)) return { entries: [], damaged: false, torn: false };
    throw error;
  }
}

/**
 * index.journal: one fsynced line per change, so a save costs one small append instead of rewriting the
 * whole index. Appends and rewrites run one at a time.
 */
export class Journal {
  private readonly queue = new SerialQueue();
  private lines: Line[] = [];
  private size = 0;
  private startNewLine: boolean;
  /** Bytes appended since the last rewrite; what decides when compaction is due. */
  appendedBytes = 0;

  private constructor(
    private readonly path: string,
    private handle: FileHandle,
    contents: JournalContents,
  ) {
    this.startNewLine = contents.torn;
  }

  static async open(path: string, contents: JournalContents): Promise<Journal> {
    const handle = await open(path, 'a');
    // If 'a' just created the file, its folder entry must be durable before any line fsynced into it counts.
    await syncDirectory(dirname(path));
    const journal = new Journal(path, handle, contents);
    journal.size = (await handle.stat()).size;
    journal.lines = contents.entries.map((entry) => ({ seq: entry.seq, text: `${JSON.stringify(entry)}\n` }));
    return journal;
  }

  /** Resolves once the line is on disk; `what` names the story for the error a writer may read. */
  append(seq: number, change: IndexChange, what: string): Promise<void> {
    return this.queue.run(async () => {
      const text = `${JSON.stringify({ seq, ...change })}\n`;
      const bytes = `${this.startNewLine ? '\n' : ''}${text}`;
      try {
        await this.handle.write(bytes);
        await this.handle.datasync();
      } catch (error) {
        await this.undoPartialAppend();
        throw new LibraryError(
          'storage',
          `Could not save ${what}: ${fsErrorReason(error)}. The previous version is intact.`,
        );
      }
      this.startNewLine = false;
      this.size += Buffer.byteLength(bytes);
      this.appendedBytes += Buffer.byteLength(bytes);
      this.lines.push({ seq, text });
    });
  }

  /** Forgets the lines up to `seq` once index.json holds them; later lines stay for the next open. */
  dropThrough(seq: number): Promise<void> {
    return this.queue.run(async () => {
      const kept = this.lines.filter((line) => line.seq > seq);
      const text = kept.map((line) => line.text).join('');
      await this.handle.close();
      try {
        await writeFileDurably(this.path, text, 'the story index journal');
        this.lines = kept;
        this.appendedBytes = 0;
        this.startNewLine = false;
      } finally {
        this.handle = await open(this.path, 'a');
        this.size = (await this.handle.stat()).size;
      }
    });
  }

  close(): Promise<void> {
    return this.queue.run(() => this.handle.close());
  }

  private async undoPartialAppend(): Promise<void> {
    try {
      await this.handle.truncate(this.size);
    } catch {
      // A fragment may remain; starting the next line afresh keeps that next line readable.
      this.startNewLine = true;
    }
  }
}
