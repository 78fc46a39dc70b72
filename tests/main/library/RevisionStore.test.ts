import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draft, manualClock, open, openFresh, snapshotFolder } from './fixtures/libraryFixtures';

const MINUTE = 60_000;

async function revisionFiles(dir: string, id: string): Promise<string[]> {
  const names = await readdir(join(dir, 'revisions', id));
  return names.sort((a, b) => parseInt(a) - parseInt(b));
}

describe('revision snapshots', () => {
  it('keeps one on create, then at most one per interval of saves', async () => {
    const clock = manualClock();
    const { dir, library } = await openFresh({ now: clock.now, revisionIntervalMs: 5 * MINUTE });
    const story = await library.create(draft('Take 1'));
    expect(await revisionFiles(dir, story.id)).toEqual(['1.json']);

    clock.advance(MINUTE);
    await library.save(story.id, 1, draft('Take 2'));
    clock.advance(MINUTE);
    await library.save(story.id, 2, draft('Take 3'));
    expect(await revisionFiles(dir, story.id)).toEqual(['1.json']);

    clock.advance(3 * MINUTE);
    await library.save(story.id, 3, draft('Take 4'));
    expect(await revisionFiles(dir, story.id)).toEqual(['1.json', '4.json']);

    const revisions = await library.listRevisions(story.id);
    expect(revisions.map((revision) => [revision.revision, revision.headline])).toEqual([
      [4, 'Take 4'],
      [1, 'Take 1'],
    ]);
    expect(revisions[0]).toMatchObject({ savedAt: clock.now().toISOString(), wordCount: 7 });
    expect(await library.getRevision(story.id, 1)).toMatchObject({ headline: 'Take 1', revision: 1 });
  });

  it('remembers the newest snapshot across a reopen', async () => {
    const clock = manualClock();
    const { dir, library } = await openFresh({ now: clock.now });
    const story = await library.create(draft('Take 1'));
    await library.close();
    clock.advance(MINUTE);
    const reopened = await open(dir, { now: clock.now });
    await reopened.save(story.id, 1, draft('Take 2'));
    expect(await revisionFiles(dir, story.id)).toEqual(['1.json']);
  });

  it('prunes the oldest beyond maxRevisions', async () => {
    const clock = manualClock();
    const { dir, library } = await openFresh({ now: clock.now, revisionIntervalMs: 0, maxRevisions: 3 });
    const story = await library.create(draft('Take 1'));
    for (let revision = 1; revision < 6; revision++) {
      clock.advance(1000);
      await library.save(story.id, revision, draft(`Take ${revision + 1}`));
    }
    expect(await revisionFiles(dir, story.id)).toEqual(['4.json', '5.json', '6.json']);
    expect((await library.listRevisions(story.id)).map((revision) => revision.revision)).toEqual([6, 5, 4]);
  });

  it('answers not-found for a revision that was never kept', async () => {
    const { library } = await openFresh();
    const story = await library.create(draft('Only'));
    await expect(library.getRevision(story.id, 2)).rejects.toMatchObject({ code: 'not-found' });
    await expect(library.getRevision(story.id, 0)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('quarantines a damaged snapshot and lists the rest', async () => {
    const clock = manualClock();
    const { dir, library } = await openFresh({ now: clock.now, revisionIntervalMs: 0 });
    const story = await library.create(draft('Take 1'));
    clock.advance(1000);
    await library.save(story.id, 1, draft('Take 2'));
    await writeFile(join(dir, 'revisions', story.id, '1.json'), '{"headline": "tru');

    expect((await library.listRevisions(story.id)).map((revision) => revision.revision)).toEqual([2]);
    expect(library.status().quarantined).toEqual([
      expect.objectContaining({ file: join(dir, 'revisions', story.id, '1.json') }),
    ]);
  });
});

describe('restoreRevision', () => {
  it('saves the old content as a new revision, keeping the replaced version even inside the interval', async () => {
    const clock = manualClock();
    const { dir, library } = await openFresh({ now: clock.now, revisionIntervalMs: 5 * MINUTE });
    const story = await library.create(draft('Original', 'first words'));
    clock.advance(MINUTE);
    await library.save(story.id, 1, draft('Rewrite', 'second words here'));
    clock.advance(MINUTE);

    const restored = await library.restoreRevision(story.id, 1, 2);

    expect(restored).toMatchObject({
      headline: 'Original',
      revision: 3,
      wordCount: 2,
      createdAt: story.createdAt,
    });
    expect(restored.updatedAt).toBe(clock.now().toISOString());
    expect(await library.get(story.id)).toEqual(restored);
    expect(await library.getRevision(story.id, 2)).toMatchObject({ headline: 'Rewrite' });
    expect(await revisionFiles(dir, story.id)).toEqual(['1.json', '2.json']);
  });

  it('refuses a stale base revision and writes nothing', async () => {
    const { dir, library } = await openFresh();
    const story = await library.create(draft('Original'));
    await library.save(story.id, 1, draft('Rewrite'));
    const before = await snapshotFolder(dir);
    await expect(library.restoreRevision(story.id, 1, 1)).rejects.toMatchObject({ code: 'conflict' });
    await expect(library.restoreRevision(story.id, 9, 2)).rejects.toMatchObject({ code: 'not-found' });
    expect(await snapshotFolder(dir)).toEqual(before);
  });
});
