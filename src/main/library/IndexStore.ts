import type { Low } from 'lowdb';
import { stampOf } from './head/fileStamp';
import { indexHeadOf } from './head/indexHead';
import { writeIndexHead } from './head/indexHeadFile';
import { INDEX_FORMAT } from './indexFile';
import type { IndexFile } from './indexFile';
import type { Journal } from './Journal';
import type { IndexChange } from './journalEntry';
import type { LibraryLayout } from './libraryLayout';
import { SerialQueue } from './SerialQueue';
import type { StoryIndex } from './StoryIndex';

export const DEFAULT_COMPACT_AFTER_BYTES = 1024 * 1024;

/**
 * Keeps the index durable: each change is journalled before the story's files are written (so a crash leaves a
 * trail to check on open), and now and then the whole index is rewritten and the journal emptied.
 */
export class IndexStore {
  /** Changes journalled whose file work has not finished; their lines must outlive any compaction. */
  private readonly unsettled = new Set<number>();
  /** Changes that failed half-way: the disk may disagree with memory, so only reopening may drop their lines. */
  private readonly doubtful = new Set<number>();
  private readonly compactions = new SerialQueue();
  private compactionScheduled = false;
  private closed = false;

  constructor(
    private readonly layout: LibraryLayout,
    private readonly db: Low<IndexFile>,
    private readonly journal: Journal,
    private readonly index: StoryIndex,
    private nextSeq: number,
    private readonly compactAfterBytes: number,
  ) {}

  /** Journals `change`; call settle() with the returned number once the story's files are written (or not). */
  async record(change: IndexChange, what: string): Promise<number> {
    const seq = this.nextSeq++;
    this.unsettled.add(seq);
    try {
      await this.journal.append(seq, change, what);
    } catch (error) {
      this.unsettled.delete(seq);
      throw error;
    }
    return seq;
  }

  settle(seq: number, succeeded: boolean): void {
    this.unsettled.delete(seq);
    if (!succeeded) this.doubtful.add(seq);
    if (this.journal.appendedBytes >= this.compactAfterBytes) this.scheduleCompaction();
  }

  /** Rewrites index.json and its head from memory and empties the journal of what they now hold. */
  compact(): Promise<void> {
    return this.compactions.run(async () => {
      // Stamped before the snapshot: a story file changed after it makes the head stale, never wrong.
      const stories = await stampOf(this.layout.stories).catch(() => undefined);
      const journalSeq = this.lastSeqSafeToDrop();
      this.db.data = { format: INDEX_FORMAT, journalSeq, stories: this.index.toRecord() };
      const head = indexHeadOf(this.index, journalSeq);
      await this.db.write();
      // Only a faster first page is lost without a head: the next open sees it stale and reads index.json.
      if (stories) await writeIndexHead(this.layout, head, stories).catch(() => undefined);
      this.db.data = { ...this.db.data, stories: {} };
      await this.journal.dropThrough(journalSeq);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.compactions.idle();
    await this.compact().catch(() => undefined);
    await this.journal.close();
  }

  /**
   * Compaction is never awaited by a save: it is scheduled after the save has answered. A failed compaction is
   * not reported because nothing is lost: the journal it would have emptied is still on disk and is replayed on
   * the next open; the next compaction tries again.
   */
  private scheduleCompaction(): void {
    if (this.compactionScheduled) return;
    this.compactionScheduled = true;
    setImmediate(() => {
      this.compactionScheduled = false;
      if (!this.closed) this.compact().catch(() => undefined);
    });
  }

  /** Every change up to this number is reflected in memory, so index.json written now covers it. */
  private lastSeqSafeToDrop(): number {
    const pinned = [...this.unsettled, ...this.doubtful];
    return pinned.length === 0 ? this.nextSeq - 1 : Math.min(...pinned) - 1;
  }
}
