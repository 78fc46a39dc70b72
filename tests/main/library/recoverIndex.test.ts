import { appendFile, copyFile, mkdir, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoryRepository } from '../../../src/main/library/StoryRepository';
import { draft, open, openFresh } from './fixtures/libraryFixtures';

async function everything(library: StoryRepository) {
  const active = await library.list({ view: 'active', offset: 0, limit: 500 });
  const trash = await library.list({ view: 'trash', offset: 0, limit: 500 });
  return { active, trash };
}

/** A library with a few stories in both views, closed cleanly. */
async function closedLibrary() {
  const { dir, library } = await openFresh();
  const stories = [];
  for (const headline of ['Floods', 'Budget', 'Election', 'Weather'])
    stories.push(await library.create(draft(headline)));
  await library.save(stories[0]!.id, 1, draft('Floods, updated'));
  await library.trash(stories[3]!.id);
  const before = await everything(library);
  await library.close();
  return { dir, stories, before };
}

const storyFile = (dir: string, id: string) => join(dir, 'stories', `${id}.json`);

describe('a damaged index', () => {
  it.each([
    ['deleted', (path: string) => rm(path)],
    ['garbage', (path: string) => writeFile(path, 'not json at all {')],
    ['schema-invalid', (path: string) => writeFile(path, JSON.stringify({ format: 1, stories: [] }))],
    ['emptied', (path: string) => truncate(path, 0)],
  ])('is rebuilt from the story files when %s', async (_name, damage) => {
    const { dir, before } = await closedLibrary();
    await damage(join(dir, 'index.json'));

    const reopened = await open(dir);

    expect(reopened.status().indexRebuilt).toBe(true);
    expect(await everything(reopened)).toEqual(before);
    await reopened.close();
    expect((await open(dir)).status().indexRebuilt).toBe(false);
  });

  it('is rebuilt when truncated at any byte', async () => {
    const { dir, before } = await closedLibrary();
    const intact = await readFile(join(dir, 'index.json'));
    for (const fraction of [0.01, 0.25, 0.5, 0.77, 0.999]) {
      await writeFile(join(dir, 'index.json'), intact.subarray(0, Math.floor(intact.length * fraction)));
      const reopened = await open(dir);
      expect(reopened.status().indexRebuilt).toBe(true);
      expect(await everything(reopened)).toEqual(before);
      await reopened.close();
    }
  });
});

describe('the journal', () => {
  it('brings back saves made after the last compaction when the app was killed', async () => {
    const { dir, stories } = await closedLibrary();
    const crashed = await open(dir);
    await crashed.save(stories[1]!.id, 1, draft('Budget, saved just before the crash'));
    const added = await crashed.create(draft('Created just before the crash'));
    const expected = await everything(crashed);

    const reopened = await open(dir);

    expect(await everything(reopened)).toEqual(expected);
    expect((await reopened.get(added.id)).headline).toBe('Created just before the crash');
    expect(reopened.status().indexRebuilt).toBe(false);
  });

  it('ignores a torn last line', async () => {
    const { dir, stories } = await closedLibrary();
    const crashed = await open(dir);
    await crashed.save(stories[1]!.id, 1, draft('Budget, saved'));
    const expected = await everything(crashed);
    await appendFile(join(dir, 'index.journal'), '{"seq":999,"op":"put","summary":{"headline":"Bud');

    const reopened = await open(dir);

    expect(reopened.status().indexRebuilt).toBe(false);
    expect(await everything(reopened)).toEqual(expected);
    await reopened.save(stories[1]!.id, 2, draft('Budget, saved again'));
    await reopened.close();
    expect((await (await open(dir)).get(stories[1]!.id)).headline).toBe('Budget, saved again');
  });

  it('forces a rebuild when a line before the last is unreadable', async () => {
    const { dir, stories } = await closedLibrary();
    const crashed = await open(dir);
    await crashed.save(stories[1]!.id, 1, draft('Budget, saved'));
    const expected = await everything(crashed);
    const journal = await readFile(join(dir, 'index.journal'), 'utf8');
    await writeFile(join(dir, 'index.journal'), `{"seq": 1, "op": "pu\n${journal}`);

    const reopened = await open(dir);

    expect(reopened.status().indexRebuilt).toBe(true);
    expect(await everything(reopened)).toEqual(expected);
  });

  it('finishes a purge that a crash interrupted', async () => {
    const { dir, stories } = await closedLibrary();
    const trashed = stories[3]!;
    const crashed = await open(dir);
    const survivor = join(dir, 'survivor.json');
    await copyFile(storyFile(dir, trashed.id), survivor);
    await crashed.purge(trashed.id);
    await copyFile(survivor, storyFile(dir, trashed.id));

    const reopened = await open(dir);

    await expect(reopened.get(trashed.id)).rejects.toMatchObject({ code: 'not-found' });
    expect(await readdir(join(dir, 'stories'))).not.toContain(`${trashed.id}.json`);
  });
});

describe('story files', () => {
  it('quarantines damaged story files found while rebuilding and opens the rest', async () => {
    const { dir, stories, before } = await closedLibrary();
    const [floods, budget, election] = stories.map((story) => story.id) as [string, string, string];
    const full = await readFile(storyFile(dir, budget), 'utf8');
    await writeFile(storyFile(dir, floods), '{ not json');
    await writeFile(storyFile(dir, budget), full.slice(0, full.length / 2));
    await writeFile(
      storyFile(dir, election),
      JSON.stringify({ ...JSON.parse(full), id: election, revision: 0 }),
    );
    await rm(join(dir, 'index.json'));

    const reopened = await open(dir);

    const status = reopened.status();
    expect(status.quarantined.map((file) => file.file).sort()).toEqual(
      [floods, budget, election].map((id) => storyFile(dir, id)).sort(),
    );
    for (const file of status.quarantined) {
      expect(file.reason).not.toBe('');
      expect(file.movedTo.startsWith(join(dir, 'quarantine'))).toBe(true);
    }
    expect(await readdir(join(dir, 'quarantine'))).toHaveLength(3);
    expect(await everything(reopened)).toEqual({ active: { total: 0, items: [] }, trash: before.trash });
  });

  it('quarantines a story whose file turned bad after opening, and reports it as not found', async () => {
    const { dir, stories } = await closedLibrary();
    const library = await open(dir);
    await writeFile(storyFile(dir, stories[2]!.id), '{"id":');

    await expect(library.get(stories[2]!.id)).rejects.toThrow(/quarantine/);
    await expect(library.get(stories[2]!.id)).rejects.toMatchObject({ code: 'not-found' });
    expect(library.status().quarantined).toHaveLength(1);
    expect(library.status().activeCount).toBe(2);
  });

  it('drops index entries whose file is gone and adds files the index does not know', async () => {
    const { dir, stories } = await closedLibrary();
    const other = await openFresh();
    const stray = await other.library.create(draft('Copied in by hand'));
    await other.library.close();
    await copyFile(storyFile(other.dir, stray.id), storyFile(dir, stray.id));
    await rm(storyFile(dir, stories[0]!.id));

    const reopened = await open(dir);

    const headlines = (await everything(reopened)).active.items.map((item) => item.headline);
    expect(headlines.sort()).toEqual(['Budget', 'Copied in by hand', 'Election']);
  });

  it('cleans up temp files left by interrupted writes', async () => {
    const { dir, stories } = await closedLibrary();
    const id = stories[1]!.id;
    const crashed = await open(dir);
    await crashed.save(id, 1, draft('Budget, saved'));
    const temps = [
      join(dir, '.index.json.0123456789ab.tmp'),
      join(dir, 'stories', `.${id}.json.0123456789ab.tmp`),
      join(dir, 'revisions', id, '.2.json.0123456789ab.tmp'),
    ];
    await mkdir(join(dir, 'revisions', id), { recursive: true });
    await Promise.all(temps.map((temp) => writeFile(temp, '{"half')));

    await open(dir);

    const left = await Promise.all(
      [dir, join(dir, 'stories'), join(dir, 'revisions', id)].map((d) => readdir(d)),
    );
    expect(left.flat().filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
