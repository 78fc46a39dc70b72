import { randomUUID } from 'node:crypto';
import { newDraft } from '@shared/story/newDraft';
import type { Story } from '@shared/story/story';
import { storyOf } from '../../../shared/export/support/stories';

/** Story files in memory, as `readStory` serves them to the search service, counting the reads. */
export class StoryShelf {
  readonly stories = new Map<string, Story>();
  reads: string[] = [];

  put(headline: string, bodyText = 'Rain fell all night on the coast.', id: string = randomUUID()): Story {
    const previous = this.stories.get(id);
    const draft = newDraft({
      headline,
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: bodyText }] }] },
    });
    const story = { ...storyOf(draft, id), revision: (previous?.revision ?? 0) + 1 };
    this.stories.set(id, story);
    return story;
  }

  delete(id: string): void {
    this.stories.delete(id);
  }

  summaries(): { id: string; revision: number }[] {
    return [...this.stories.values()].map(({ id, revision }) => ({ id, revision }));
  }

  readStory = async (id: string): Promise<Story> => {
    this.reads.push(id);
    const story = this.stories.get(id);
    if (!story) throw new Error(`No story ${id}`);
    return structuredClone(story);
  };
}
