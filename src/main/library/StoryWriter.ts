import { rm } from 'node:fs/promises';
import type { Story, StorySummary } from '@shared/story/story';
import { summarize } from '@shared/story/summarize';
import { stageDurableWrite, syncDirectory } from './durableWrite';
import type { StagedWrite } from './durableWrite';
import { fsErrorReason } from './fsErrorReason';
import type { IndexStore } from './IndexStore';
import type { IndexChange } from './journalEntry';
import { LibraryError } from './LibraryError';
import type { LibraryLayout } from './libraryLayout';
import type { RevisionStore } from './RevisionStore';
import type { StoryIndex } from './StoryIndex';
import { serializeStory } from './storyCodec';
import { describeStory } from './storyMessages';

export type SnapshotPolicy = 'always' | 'if-due' | 'never';

/** Every change to the library's stories: journal first, then the files, then memory. */
export class StoryWriter {
  constructor(
    private readonly layout: LibraryLayout,
    private readonly store: IndexStore,
    private readonly index: StoryIndex,
    private readonly revisions: RevisionStore,
  ) {}

  /** Resolves once the story survives a power cut; throws with the previous version intact otherwise. */
  async write(story: Story, snapshot: SnapshotPolicy, now: Date): Promise<void> {
    const summary = summarize(story);
    const { seq, staged } = await this.journalAndStage({ op: 'put', summary }, story);
    let succeeded = false;
    try {
      await staged.commit();
      this.index.put(summary);
      succeeded = true;
      await this.keepSnapshot(story, snapshot, now).catch(() => undefined);
    } finally {
      // Settled only after the snapshot, so the journal line that makes the next open clean up this story's
      // temp files survives until no write for it is in flight.
      this.store.settle(seq, succeeded);
    }
  }

  /** Deletes the story, its revisions and its index entry; a crash half-way is finished on the next open. */
  async remove(summary: StorySummary): Promise<void> {
    const what = describeStory(summary);
    const seq = await this.store.record({ op: 'delete', id: summary.id }, what);
    let succeeded = false;
    try {
      await this.revisions.removeAll(summary.id);
      await rm(this.layout.storyFile(summary.id), { force: true });
      await syncDirectory(this.layout.stories);
      this.index.remove(summary.id);
      succeeded = true;
    } catch (error) {
      throw new LibraryError('storage', `Could not delete ${what}: ${fsErrorReason(error)}.`);
    } finally {
      this.store.settle(seq, succeeded);
    }
  }

  /**
   * The journal line and the new file's contents reach the disk in parallel, which saves one fsync's wait; only
   * the rename that makes the new version current has to wait for the journal line to be durable.
   */
  private async journalAndStage(
    change: IndexChange,
    story: Story,
  ): Promise<{ seq: number; staged: StagedWrite }> {
    const json = serializeStory(story);
    const what = describeStory(story);
    const [recorded, staged] = await Promise.allSettled([
      this.store.record(change, what),
      stageDurableWrite(this.layout.storyFile(story.id), json, what),
    ]);
    if (recorded.status === 'fulfilled' && staged.status === 'fulfilled') {
      return { seq: recorded.value, staged: staged.value };
    }
    if (staged.status === 'fulfilled') await staged.value.discard();
    if (recorded.status === 'fulfilled') this.store.settle(recorded.value, true);
    const failed = [recorded, staged].find((result) => result.status === 'rejected');
    throw failed?.reason;
  }

  /**
   * Called once the story is saved, so a failed snapshot is not reported: the writer would take the save for
   * failed and retry against a revision that no longer exists. The next save finds the snapshot overdue.
   */
  private async keepSnapshot(story: Story, snapshot: SnapshotPolicy, now: Date): Promise<void> {
    if (snapshot === 'always') await this.revisions.ensureKept(story);
    if (snapshot === 'if-due') await this.revisions.keepIfDue(story, now);
  }
}
