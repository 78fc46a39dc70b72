import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { RevisionSummary } from '@shared/contract/schemas';
import type { Story } from '@shared/story/story';
import { LibraryError } from './LibraryError';
import { ensureDirectory, isTempFileName, writeFileDurably } from './durableWrite';
import { isMissingFile } from './fsErrorReason';
import { revisionOfFile } from './libraryLayout';
import type { LibraryLayout } from './libraryLayout';
import type { Quarantine } from './quarantine';
import { parseStory, serializeStory } from './storyCodec';
import { describeStory } from './storyMessages';

export interface RevisionSettings {
  intervalMs: number;
  maxRevisions: number;
}

interface History {
  /** Ascending, so the oldest is pruned first. */
  revisions: number[];
  newestSavedAt: number;
}

/** Full snapshots of earlier versions of each story, in revisions/<id>/<revision>.json. */
export class RevisionStore {
  /** Loaded on a story's first snapshot decision, so a save never lists the folder twice. */
  private readonly histories = new Map<string, History>();

  constructor(
    private readonly layout: LibraryLayout,
    private readonly quarantine: Quarantine,
    private readonly settings: RevisionSettings,
  ) {}

  /** Saves are throttled: only one snapshot per interval, so typing does not fill the disk. */
  async keepIfDue(story: Story, now: Date): Promise<void> {
    const history = await this.historyOf(story.id);
    if (now.getTime() - history.newestSavedAt >= this.settings.intervalMs) await this.keep(story);
  }

  /** Makes sure `story` as it is now can be restored later, e.g. before it is replaced by an older revision. */
  async ensureKept(story: Story): Promise<void> {
    const history = await this.historyOf(story.id);
    if (!history.revisions.includes(story.revision)) await this.keep(story);
  }

  async list(id: string): Promise<RevisionSummary[]> {
    const history = await this.historyOf(id);
    const stories = await Promise.all(history.revisions.map((revision) => this.read(id, revision)));
    return stories
      .filter((story) => story !== undefined)
      .map((story) => ({
        revision: story.revision,
        savedAt: story.updatedAt,
        headline: story.headline,
        wordCount: story.wordCount,
      }))
      .reverse();
  }

  async get(id: string, revision: number): Promise<Story> {
    const story = await this.read(id, revision);
    if (!story) throw new LibraryError('not-found', `There is no revision ${revision} of this story.`);
    return story;
  }

  async removeAll(id: string): Promise<void> {
    this.histories.delete(id);
    await rm(this.layout.revisionFolder(id), { recursive: true, force: true });
  }

  private async keep(story: Story): Promise<void> {
    const history = await this.historyOf(story.id);
    await ensureDirectory(this.layout.revisionFolder(story.id));
    await writeFileDurably(
      this.layout.revisionFile(story.id, story.revision),
      serializeStory(story),
      `a revision of ${describeStory(story)}`,
    );
    if (!history.revisions.includes(story.revision)) {
      history.revisions.push(story.revision);
      history.revisions.sort((a, b) => a - b);
    }
    history.newestSavedAt = Date.parse(story.updatedAt);
    const pruned = history.revisions.splice(
      0,
      Math.max(0, history.revisions.length - this.settings.maxRevisions),
    );
    await Promise.all(
      pruned.map((revision) => rm(this.layout.revisionFile(story.id, revision), { force: true })),
    );
  }

  private async historyOf(id: string): Promise<History> {
    const known = this.histories.get(id);
    if (known) return known;
    const revisions = await this.revisionsOnDisk(id);
    let newestSavedAt = Number.NEGATIVE_INFINITY;
    for (let index = revisions.length - 1; index >= 0; index--) {
      const newest = await this.read(id, revisions[index]!);
      if (newest) {
        newestSavedAt = Date.parse(newest.updatedAt);
        break;
      }
      revisions.splice(index, 1);
    }
    const history = { revisions, newestSavedAt };
    this.histories.set(id, history);
    return history;
  }

  /** Also clears temp files a crash left here, which the open only does for stories the journal names. */
  private async revisionsOnDisk(id: string): Promise<number[]> {
    try {
      const folder = this.layout.revisionFolder(id);
      const names = await readdir(folder);
      const temps = names.filter(isTempFileName);
      await Promise.all(temps.map((name) => rm(join(folder, name), { force: true })));
      return names
        .map(revisionOfFile)
        .filter((revision) => revision !== undefined)
        .sort((a, b) => a - b);
    } catch (error) {
      if (isMissingFile(error)) return [];
      throw error;
    }
  }

  /** A damaged snapshot is quarantined rather than failing the whole history. */
  private async read(id: string, revision: number): Promise<Story | undefined> {
    const file = this.layout.revisionFile(id, revision);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (!isMissingFile(error)) throw error;
      this.forget(id, revision);
      return undefined;
    }
    const parsed = parseStory(text, id);
    if (parsed.ok && parsed.story.revision === revision) return parsed.story;
    const reason = parsed.ok
      ? `The file holds revision ${parsed.story.revision}, not ${revision}.`
      : parsed.reason;
    await this.quarantine.isolate(file, reason, `${id}.${revision}.json`);
    this.forget(id, revision);
    return undefined;
  }

  private forget(id: string, revision: number): void {
    const revisions = this.histories.get(id)?.revisions;
    const index = revisions?.indexOf(revision) ?? -1;
    if (index >= 0) revisions?.splice(index, 1);
  }
}
