import type { StorySummary } from '@shared/story/story';
import type { StoryRepository } from '../library/StoryRepository';
import { searchDocumentOf } from './searchDocumentOf';

const DEFAULT_CAPACITY = 500;

/**
 * The searchable body of recently shown stories, by id and revision: as a word is typed, each keystroke's
 * page holds mostly the stories the last one did, and reading and walking a story file costs more than its
 * snippet. The least recently used are dropped past `capacity` (500 bodies are about 2.5 MB).
 */
export class SnippetTextCache {
  private readonly bodies = new Map<string, { revision: number; body: string }>();

  constructor(
    private readonly library: Pick<StoryRepository, 'get'>,
    private readonly capacity = DEFAULT_CAPACITY,
  ) {}

  /** Undefined when the story cannot be read (trashed or purged since the search, say). */
  async bodyOf(summary: Pick<StorySummary, 'id' | 'revision'>): Promise<string | undefined> {
    const cached = this.bodies.get(summary.id);
    this.bodies.delete(summary.id);
    if (cached?.revision === summary.revision) {
      this.bodies.set(summary.id, cached);
      return cached.body;
    }
    const story = await this.library.get(summary.id).catch(() => null);
    if (!story) return undefined;
    const body = searchDocumentOf(story).body;
    this.bodies.set(summary.id, { revision: story.revision, body });
    if (this.bodies.size > this.capacity) this.bodies.delete(this.bodies.keys().next().value!);
    return body;
  }
}
