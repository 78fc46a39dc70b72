import { mkdir, readdir, writeFile } from 'node:fs/promises';
import type { Story, StorySummary } from '@shared/story/story';
import { summarize } from '@shared/story/summarize';
import { stampOf } from '../../src/main/library/head/fileStamp';
import { indexHeadOf } from '../../src/main/library/head/indexHead';
import { writeIndexHead } from '../../src/main/library/head/indexHeadFile';
import { DurableJsonAdapter, INDEX_FORMAT } from '../../src/main/library/indexFile';
import { prepareFolders, writeMarker } from '../../src/main/library/libraryFolder';
import { LibraryLayout } from '../../src/main/library/libraryLayout';
import { mapConcurrently } from '../../src/main/library/mapConcurrently';
import { serializeStory } from '../../src/main/library/storyCodec';
import { StoryIndex } from '../../src/main/library/StoryIndex';

/** Enough writes in flight to keep the disk and libuv's threads busy without filling the fd table. */
const WRITES_IN_FLIGHT = 64;

/**
 * Writes, in bulk, the library openLibrary + create() leave behind: story files (and, if asked, each story's
 * newest revision snapshot), then index.json, its head, an empty journal and the marker, so openLibrary trusts
 * the index and reads no story file, and the first page comes from the head as in a library the app wrote. Through the library's own modules, but without an fsync per file: durable creates
 * one at a time would take an hour for 100,000 stories and measure nothing of interest.
 */
export class LibraryFolderWriter {
  private readonly summaries: Record<string, StorySummary> = {};
  private storyBytes = 0;

  private constructor(
    private readonly layout: LibraryLayout,
    private readonly revisions: boolean,
  ) {}

  /** Refuses a folder that already holds stories: the index written at the end would not list them. */
  static async create(dir: string, options: { revisions: boolean }): Promise<LibraryFolderWriter> {
    const layout = new LibraryLayout(dir);
    await prepareFolders(layout);
    if ((await readdir(layout.stories)).length > 0) {
      throw new Error(`${dir} already holds a library; give an empty or new folder.`);
    }
    return new LibraryFolderWriter(layout, options.revisions);
  }

  get bytesWritten(): number {
    return this.storyBytes;
  }

  /** Batches may be in flight together; the index lists stories in the order they were handed over. */
  async write(stories: readonly Story[]): Promise<void> {
    for (const story of stories) this.summaries[story.id] = summarize(story);
    await mapConcurrently(stories, WRITES_IN_FLIGHT, async (story) => {
      const json = serializeStory(story);
      await writeFile(this.layout.storyFile(story.id), json);
      if (this.revisions) {
        await mkdir(this.layout.revisionFolder(story.id));
        await writeFile(this.layout.revisionFile(story.id, story.revision), json);
      }
      this.storyBytes += Buffer.byteLength(json) * (this.revisions ? 2 : 1);
    });
  }

  async finish(createdAt: Date): Promise<void> {
    const stories = await stampOf(this.layout.stories);
    await new DurableJsonAdapter(this.layout.index).write({
      format: INDEX_FORMAT,
      journalSeq: 0,
      stories: this.summaries,
    });
    await writeIndexHead(this.layout, indexHeadOf(new StoryIndex(Object.values(this.summaries)), 0), stories);
    await writeFile(this.layout.journal, '');
    await writeMarker(this.layout, createdAt);
  }
}
