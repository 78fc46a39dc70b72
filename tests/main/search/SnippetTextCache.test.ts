import { describe, expect, it } from 'vitest';
import { SnippetTextCache } from '../../../src/main/search/SnippetTextCache';
import { StoryShelf } from './support/storyShelf';

const libraryOf = (shelf: StoryShelf) => ({ get: shelf.readStory });

describe('SnippetTextCache', () => {
  it('reads a story once per revision', async () => {
    const shelf = new StoryShelf();
    const cache = new SnippetTextCache(libraryOf(shelf));
    const first = shelf.put('Ferries', 'Ferries resume.');
    expect(await cache.bodyOf(first)).toContain('Ferries resume.');
    expect(await cache.bodyOf(first)).toContain('Ferries resume.');
    expect(shelf.reads).toEqual([first.id]);

    const second = shelf.put('Ferries', 'Ferries halted.', first.id);
    expect(await cache.bodyOf(second)).toContain('Ferries halted.');
    expect(shelf.reads).toEqual([first.id, first.id]);
  });

  it('drops the least recently used past its capacity', async () => {
    const shelf = new StoryShelf();
    const cache = new SnippetTextCache(libraryOf(shelf), 2);
    const [a, b, c] = ['A', 'B', 'C'].map((headline) => shelf.put(headline));
    for (const story of [a, b, a, c]) await cache.bodyOf(story!);
    shelf.reads = [];
    await cache.bodyOf(a!);
    await cache.bodyOf(b!);
    expect(shelf.reads).toEqual([b!.id]);
  });

  it('answers nothing for a story that cannot be read', async () => {
    const cache = new SnippetTextCache(libraryOf(new StoryShelf()));
    expect(await cache.bodyOf({ id: 'gone', revision: 3 })).toBeUndefined();
  });
});
