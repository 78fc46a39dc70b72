import { readFile } from 'node:fs/promises';
import type { Story, StorySummary } from '@shared/story/story';
import { fsErrorReason, isMissingFile } from './fsErrorReason';
import { LibraryError } from './LibraryError';
import type { LibraryLayout } from './libraryLayout';
import type { Quarantine } from './quarantine';
import type { StoryIndex } from './StoryIndex';
import { parseStory } from './storyCodec';
import { capitalize, describeStory } from './storyMessages';

/** Reads a story's current version; a file found damaged is quarantined and the story leaves the index. */
export class StoryReader {
  constructor(
    private readonly layout: LibraryLayout,
    private readonly index: StoryIndex,
    private readonly quarantine: Quarantine,
  ) {}

  async read(summary: StorySummary): Promise<Story> {
    const file = this.layout.storyFile(summary.id);
    const name = describeStory(summary);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (!isMissingFile(error)) {
        throw new LibraryError('storage', `Could not read ${name}: ${fsErrorReason(error)}.`);
      }
      this.index.remove(summary.id);
      throw new LibraryError('not-found', `${capitalize(name)} is missing from the library folder.`);
    }
    const parsed = parseStory(text, summary.id);
    if (parsed.ok) return parsed.story;
    await this.quarantine.isolate(file, parsed.reason);
    this.index.remove(summary.id);
    throw new LibraryError(
      'not-found',
      `${capitalize(name)} was damaged on disk and has been moved to the quarantine folder.`,
    );
  }
}
