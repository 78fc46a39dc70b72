import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newDraft } from '@shared/story/newDraft';
import type { StorySummary } from '@shared/story/story';
import { StoryIndex } from '../../../src/main/library/StoryIndex';

function summary(id: string, updatedAt: string, trashedAt: string | null = null): StorySummary {
  const { body: _body, editorNotes: _notes, ...fields } = newDraft({ headline: id });
  return {
    ...fields,
    id: `00000000-0000-4000-8000-00000000000${id}`,
    createdAt: updatedAt,
    updatedAt,
    wordCount: 0,
    revision: 1,
    trashedAt,
    datelineCity: '',
  };
}

const headlines = (index: StoryIndex, view: 'active' | 'trash') =>
  index.page({ view, offset: 0, limit: 100 }).items.map((item) => item.headline);

describe('StoryIndex', () => {
  it('orders by updatedAt descending across offsets, then by id', () => {
    const index = new StoryIndex([
      summary('a', '2025-01-01T10:00:00.000Z'),
      summary('c', '2025-01-01T12:00:00.000+02:00'),
      summary('b', '2025-01-01T10:00:00.000Z'),
      summary('d', '2025-01-02T00:00:00.000Z'),
    ]);
    expect(headlines(index, 'active')).toEqual(['d', 'a', 'b', 'c']);
  });

  it('keeps the order as summaries are added, changed, trashed and removed', () => {
    const index = new StoryIndex();
    index.put(summary('a', '2025-01-01T10:00:00.000Z'));
    index.put(summary('b', '2025-01-01T11:00:00.000Z'));
    index.put(summary('c', '2025-01-01T09:00:00.000Z'));
    index.put(summary('c', '2025-01-01T12:00:00.000Z'));
    index.put(summary('a', '2025-01-01T10:00:00.000Z', '2025-01-03T00:00:00.000Z'));
    expect(headlines(index, 'active')).toEqual(['c', 'b']);
    expect(headlines(index, 'trash')).toEqual(['a']);
    index.remove(summary('b', '').id);
    expect(headlines(index, 'active')).toEqual(['c']);
    expect([index.activeCount, index.trashCount, index.size]).toEqual([1, 1, 2]);
  });
});

describe('StoryIndex under any sequence of changes', () => {
  it('pages exactly as sorting everything from scratch would', () => {
    const change = fc.record({
      story: fc.integer({ min: 0, max: 9 }),
      minute: fc.integer({ min: 0, max: 5 }),
      trashed: fc.boolean(),
      remove: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 40 }), (changes) => {
        const index = new StoryIndex();
        const expected = new Map<string, StorySummary>();
        for (const { story, minute, trashed, remove } of changes) {
          const time = new Date(Date.UTC(2025, 0, 1, 0, minute)).toISOString();
          const next = summary(String(story), time, trashed ? time : null);
          if (remove) {
            index.remove(next.id);
            expected.delete(next.id);
          } else {
            index.put(next);
            expected.set(next.id, next);
          }
        }
        for (const view of ['active', 'trash'] as const) {
          const sorted = [...expected.values()]
            .filter((item) => (item.trashedAt === null) === (view === 'active'))
            .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
          expect(index.page({ view, offset: 0, limit: 100 }).items).toEqual(sorted);
        }
      }),
      { numRuns: 200 },
    );
  });
});
