import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storySchema } from '@shared/story/story';
import { draft, manualClock, open, openFresh, snapshotFolder } from './fixtures/libraryFixtures';

describe('create and get', () => {
  it('fills in what the library decides and keeps the story on disk', async () => {
    const clock = manualClock();
    const { dir, library } = await openFresh({ now: clock.now });

    const story = await library.create(draft('Floods close the coast road', 'Rain fell all night.'));

    expect(storySchema.parse(story)).toEqual(story);
    expect(story).toMatchObject({
      revision: 1,
      slug: 'floods-close-the-coast-road',
      wordCount: 4,
      trashedAt: null,
      createdAt: clock.now().toISOString(),
      updatedAt: clock.now().toISOString(),
    });
    expect(await library.get(story.id)).toEqual(story);
    const onDisk = await readFile(join(dir, 'stories', `${story.id}.json`), 'utf8');
    expect(JSON.parse(onDisk)).toEqual(story);
    expect(onDisk).not.toContain('\n');
  });

  it('keeps a slug the writer chose and fills an empty draft with defaults', async () => {
    const { library } = await openFresh();
    expect((await library.create({ headline: 'Budget passes', slug: 'budget' })).slug).toBe('budget');
    expect(await library.create({})).toMatchObject({ headline: '', slug: '', status: 'draft', priority: 5 });
  });

  it('answers not-found for an unknown id and refuses ids that are not UUIDs', async () => {
    const { library } = await openFresh();
    await expect(library.get('6f1c1a52-3c1f-4c7e-9d0a-2b7e8f9a1b2c')).rejects.toMatchObject({
      code: 'not-found',
    });
    for (const id of ['../library', '../../etc/passwd', 'index', '', 'a/b']) {
      await expect(library.get(id)).rejects.toMatchObject({ code: 'not-found' });
      await expect(library.save(id, 1, draft('x'))).rejects.toMatchObject({ code: 'not-found' });
      await expect(library.purge(id)).rejects.toMatchObject({ code: 'not-found' });
    }
  });

  it('refuses a story larger than 20 MB and writes nothing', async () => {
    const { dir, library } = await openFresh();
    const story = await library.create(draft('Huge'));
    const before = await snapshotFolder(dir);
    const huge = draft('Huge', 'word '.repeat(4_300_000));
    const attempt = library.save(story.id, 1, huge);
    await expect(attempt).rejects.toMatchObject({ code: 'storage' });
    await expect(attempt).rejects.toThrow(/too large/);
    expect(await snapshotFolder(dir)).toEqual(before);
  });
});

describe('save', () => {
  it('bumps the revision and updatedAt, re-derives an empty slug and counts words', async () => {
    const clock = manualClock();
    const { library } = await openFresh({ now: clock.now });
    const story = await library.create(draft('First'));
    clock.advance(1000);

    const saved = await library.save(story.id, 1, draft('Second take', 'one two three'));

    expect(saved).toMatchObject({
      revision: 2,
      slug: 'second-take',
      wordCount: 3,
      createdAt: story.createdAt,
    });
    expect(saved.updatedAt).toBe(clock.now().toISOString());
    expect(await library.get(story.id)).toEqual(saved);
  });

  it('refuses a stale base revision with a conflict and writes nothing', async () => {
    const { dir, library } = await openFresh();
    const story = await library.create(draft('First'));
    await library.save(story.id, 1, draft('Second'));
    const before = await snapshotFolder(dir);

    const attempt = library.save(story.id, 1, draft('Lost edit'));

    await expect(attempt).rejects.toMatchObject({ code: 'conflict' });
    await expect(attempt).rejects.toThrow(/revision 2/);
    expect(await snapshotFolder(dir)).toEqual(before);
  });

  it('lets only one of two concurrent saves from the same base through', async () => {
    const { library } = await openFresh();
    const story = await library.create(draft('First'));

    const results = await Promise.allSettled([
      library.save(story.id, 1, draft('Desk A')),
      library.save(story.id, 1, draft('Desk B')),
    ]);

    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((await library.get(story.id)).revision).toBe(2);
  });
});

describe('trash, restore and purge', () => {
  it('moves a story between the views, bumping its revision each time', async () => {
    const clock = manualClock();
    const { library } = await openFresh({ now: clock.now });
    const story = await library.create(draft('Spiked'));
    clock.advance(5000);

    const trashed = await library.trash(story.id);
    expect(trashed).toMatchObject({ revision: 2, trashedAt: clock.now().toISOString() });
    expect(await library.list({ view: 'active', offset: 0, limit: 10 })).toEqual({ total: 0, items: [] });
    expect((await library.list({ view: 'trash', offset: 0, limit: 10 })).items).toEqual([trashed]);
    expect(await library.trash(story.id)).toEqual(trashed);

    const restored = await library.restore(story.id);
    expect(restored).toMatchObject({ revision: 3, trashedAt: null });
    expect(library.status()).toMatchObject({ activeCount: 1, trashCount: 0 });
  });

  it('refuses to save a trashed story, and writes nothing', async () => {
    const { dir, library } = await openFresh();
    const story = await library.create(draft('Spiked'));
    await library.trash(story.id);
    const before = await snapshotFolder(dir);
    const attempt = library.save(story.id, 2, draft('Edit in the bin'));
    await expect(attempt).rejects.toMatchObject({ code: 'conflict' });
    await expect(attempt).rejects.toThrow(/trash/);
    expect(await snapshotFolder(dir)).toEqual(before);
  });

  it('purges only a trashed story, removing its file, revisions and index entry for good', async () => {
    const { dir, library } = await openFresh();
    const story = await library.create(draft('Gone'));
    await expect(library.purge(story.id)).rejects.toMatchObject({ code: 'conflict' });

    await library.trash(story.id);
    await library.purge(story.id);

    await expect(library.get(story.id)).rejects.toMatchObject({ code: 'not-found' });
    const files = [...(await snapshotFolder(dir)).keys()];
    expect(files.filter((file) => file.includes(story.id))).toEqual([]);
    await library.close();
    const reopened = await open(dir);
    expect(reopened.status()).toMatchObject({ activeCount: 0, trashCount: 0 });
  });
});

describe('duplicate', () => {
  it('copies the content under a new id with fresh times, revision and slug', async () => {
    const clock = manualClock();
    const { library } = await openFresh({ now: clock.now });
    const original = await library.create({ ...draft('Budget passes', 'Long body'), section: 'Politics' });
    await library.save(original.id, 1, { ...draft('Budget passes', 'Longer body'), section: 'Politics' });
    clock.advance(60_000);

    const copy = await library.duplicate(original.id);

    expect(copy.id).not.toBe(original.id);
    expect(copy).toMatchObject({
      headline: 'Budget passes (copy)',
      slug: 'budget-passes-copy',
      section: 'Politics',
      revision: 1,
      createdAt: clock.now().toISOString(),
      trashedAt: null,
    });
    expect(copy.body).toEqual(draft('x', 'Longer body').body);
  });
});

describe('list', () => {
  it('pages summaries newest first, ties broken by id, without bodies', async () => {
    const clock = manualClock();
    const ids = ['00000000-0000-4000-8000-00000000000b', '00000000-0000-4000-8000-00000000000a'];
    const { library } = await openFresh({ now: clock.now, newId: () => ids.shift() ?? crypto.randomUUID() });
    const tiedB = await library.create(draft('Tied B'));
    const tiedA = await library.create(draft('Tied A'));
    clock.advance(1000);
    const newest = await library.create(draft('Newest'));
    clock.advance(1000);
    const trashed = await library.create(draft('Trashed'));
    await library.trash(trashed.id);

    const page = await library.list({ view: 'active', offset: 0, limit: 10 });
    expect(page.total).toBe(3);
    expect(page.items.map((item) => item.id)).toEqual([newest.id, tiedA.id, tiedB.id]);
    expect(page.items[0]).not.toHaveProperty('body');
    expect(page.items[0]).toHaveProperty('datelineCity', '');

    const second = await library.list({ view: 'active', offset: 1, limit: 1 });
    expect(second).toEqual({ total: 3, items: [page.items[1]] });
    expect(
      (await library.list({ view: 'trash', offset: 0, limit: 10 })).items.map((item) => item.id),
    ).toEqual([trashed.id]);
    expect(await library.list({ view: 'active', offset: 10, limit: 10 })).toEqual({ total: 3, items: [] });
  });

  it('moves a saved story to the top', async () => {
    const clock = manualClock();
    const { library } = await openFresh({ now: clock.now });
    const older = await library.create(draft('Older'));
    clock.advance(1000);
    await library.create(draft('Newer'));
    clock.advance(1000);
    await library.save(older.id, 1, draft('Older, updated'));
    const page = await library.list({ view: 'active', offset: 0, limit: 10 });
    expect(page.items.map((item) => item.headline)).toEqual(['Older, updated', 'Newer']);
  });
});

describe('close', () => {
  it('refuses work once closed', async () => {
    const { library } = await openFresh();
    await library.close();
    await expect(library.create(draft('Late'))).rejects.toMatchObject({ code: 'storage' });
    await expect(library.list({ view: 'active', offset: 0, limit: 1 })).rejects.toMatchObject({
      code: 'storage',
    });
  });
});

describe('query, facets and summaries', () => {
  it('pages, filters and sorts the view and lists every summary of both views', async () => {
    const { library } = await openFresh();
    const budget = await library.create({
      ...draft('Budget passes'),
      section: 'Politics',
      keywords: ['Budget'],
    });
    const flood = await library.create({ ...draft('Apples fall'), section: 'Local' });
    await library.trash(budget.id);
    const filters = {
      statuses: [],
      section: '',
      byline: '',
      keyword: '',
      changedFrom: null,
      changedTo: null,
    };
    const page = await library.query({
      view: 'active',
      filters,
      sort: { key: 'headline', direction: 'asc' },
      offset: 0,
      limit: 10,
    });
    expect(page).toEqual({
      total: 1,
      items: [expect.objectContaining({ id: flood.id, headline: 'Apples fall' })],
    });
    expect(await library.facets('trash')).toEqual({
      sections: ['Politics'],
      keywords: ['Budget'],
      bylines: [],
    });
    expect((await library.summaries()).map((summary) => summary.id).sort()).toEqual(
      [budget.id, flood.id].sort(),
    );
  });
});
