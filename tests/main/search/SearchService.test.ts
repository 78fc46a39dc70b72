import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SearchEngineKind } from '../../../src/main/search/SearchEngine';
import { SEARCH_INDEX_FILE, SearchService } from '../../../src/main/search/SearchService';
import type { SearchServiceOptions } from '../../../src/main/search/SearchService';
import { inProcessRunner } from '../../../src/main/search/runner/inProcessRunner';
import type { SearchRunner } from '../../../src/main/search/runner/SearchRunner';
import { scriptRunner } from '../../../src/main/search/runner/threadRunner';
import { compactIndexKind } from '../../../src/main/search/engine/compact/compactIndexKind';
import { miniSearchEngine } from '../../../src/main/search/engine/miniSearchEngine';
import { LIBRARY_SEARCH_ENGINE } from '../../../src/main/search/librarySearchEngine';
import { SEARCH_INDEX_FORMAT } from '../../../src/main/search/persistedIndex';
import { makeTempDir } from '../library/fixtures/libraryFixtures';
import { StoryShelf } from './support/storyShelf';
import { substringEngineKind } from './support/substringEngine';
import { typeScriptWorkerRunner } from './support/typeScriptWorkerRunner';

const services: SearchService[] = [];
afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.close()));
});

const builtWorker = join(__dirname, '../../../out/main/searchWorker.js');

const runners: [string, SearchRunner, SearchEngineKind][] = [
  ['with a substring engine in process', inProcessRunner, substringEngineKind],
  [
    'with a substring engine in a worker thread',
    typeScriptWorkerRunner(join(__dirname, 'support', 'substringSearchWorker.ts')),
    substringEngineKind,
  ],
  ['with MiniSearch in process', inProcessRunner, miniSearchEngine],
  ['with the compact index in process', inProcessRunner, compactIndexKind],
  [
    'with the compact index in the worker entry',
    typeScriptWorkerRunner(join(__dirname, '../../../src/main/search/worker/searchWorker.ts')),
    compactIndexKind,
  ],
];
// `npm test` builds before it runs the tests; a lone test run may find no build.
if (existsSync(builtWorker)) {
  runners.push([
    'with the app’s engine in the built worker',
    scriptRunner(builtWorker),
    LIBRARY_SEARCH_ENGINE,
  ]);
}

describe.each(runners)('SearchService %s', (_name, runner, engine) => {
  async function setUp(count = 0) {
    const library = await makeTempDir();
    const shelf = new StoryShelf();
    for (let n = 0; n < count; n++) shelf.put(`Story number ${n}`, `Body of story ${n} about ferries.`);
    return { library, shelf };
  }

  function serviceFor(
    library: string,
    shelf: StoryShelf,
    options: Partial<SearchServiceOptions> = {},
  ): SearchService {
    const service = new SearchService({
      library,
      engine,
      readStory: shelf.readStory,
      runner,
      persistDelayMs: 60_000,
      batchSize: 7,
      ...options,
    });
    services.push(service);
    return service;
  }

  const idsOf = async (service: SearchService, text: string) =>
    [...(await service.search(text, 100)).ids].sort();

  it('rebuilds from the story files when there is no index, reporting progress, then answers', async () => {
    const { library, shelf } = await setUp(30);
    const seen: string[] = [];
    const service = serviceFor(library, shelf, {
      readStory: (id) => {
        const { state, done, total } = service.state();
        seen.push(`${state} ${done}/${total}`);
        return shelf.readStory(id);
      },
    });

    expect(service.state().state).toBe('building');
    expect((await service.search('ferries', 10)).ids).toEqual([]);
    await service.start(shelf.summaries());

    const done = seen.map((line) => Number(/^building (\d+)\/30$/.exec(line)?.[1]));
    expect(done[0]).toBe(0);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(new Set(done).size).toBeGreaterThanOrEqual(3);

    expect(service.state()).toEqual({ state: 'ready', done: 30, total: 30 });
    expect(shelf.reads).toHaveLength(30);
    expect(await idsOf(service, 'ferries')).toHaveLength(30);
    expect(await idsOf(service, 'number 17')).toEqual([[...shelf.stories.values()][17]!.id]);
  });

  it('loads the persisted index on the next start without reading a story', async () => {
    const { library, shelf } = await setUp(20);
    const first = serviceFor(library, shelf);
    await first.start(shelf.summaries());
    await first.close();
    expect(existsSync(join(library, SEARCH_INDEX_FILE))).toBe(true);

    shelf.reads = [];
    const second = serviceFor(library, shelf);
    await second.start(shelf.summaries());

    expect(shelf.reads).toEqual([]);
    expect(second.state()).toEqual({ state: 'ready', done: 20, total: 20 });
    expect(await idsOf(second, 'ferries')).toHaveLength(20);
  });

  it('re-indexes only the stories changed, added or removed while it was closed', async () => {
    const { library, shelf } = await setUp(10);
    const first = serviceFor(library, shelf);
    await first.start(shelf.summaries());
    await first.close();

    const [changed, removed] = [...shelf.stories.keys()];
    shelf.put('Changed while closed', 'Now about trams.', changed);
    shelf.delete(removed!);
    const added = shelf.put('Added while closed', 'Also about trams.');
    shelf.reads = [];

    const second = serviceFor(library, shelf);
    await second.start(shelf.summaries());

    expect(shelf.reads.sort()).toEqual([changed, added.id].sort());
    expect(await idsOf(second, 'trams')).toEqual([changed, added.id].sort());
    expect(await idsOf(second, 'ferries')).toHaveLength(8);
  });

  it('rebuilds a corrupt index, an index of another engine or format, and one cut short', async () => {
    const { library, shelf } = await setUp(5);
    const first = serviceFor(library, shelf);
    await first.start(shelf.summaries());
    await first.close();
    const file = join(library, SEARCH_INDEX_FILE);
    // Latin-1 keeps every byte as one character, so the binary part survives the string edits below.
    const good = await readFile(file, 'latin1');
    const [manifest, engineText] = [good.slice(0, good.indexOf('\n')), good.slice(good.indexOf('\n') + 1)];

    for (const broken of [
      'not an index at all',
      good.slice(0, good.length - 10),
      `${manifest.replace(`"engine":"${engine.name}"`, '"engine":"another"')}\n${engineText}`,
      `${manifest.replace(`"format":${SEARCH_INDEX_FORMAT}`, '"format":0')}\n${engineText}`,
      `${manifest}\n{"garbage":2}`,
    ]) {
      await writeFile(file, broken, 'latin1');
      shelf.reads = [];
      const service = serviceFor(library, shelf);
      await service.start(shelf.summaries());
      expect(shelf.reads).toHaveLength(5);
      expect(await idsOf(service, 'ferries')).toHaveLength(5);
      await service.close();
      expect(await readFile(file, 'latin1')).not.toBe(broken);
    }
  });

  it('tells every index it opens which stories are in the trash, and moves them on request', async () => {
    const { library, shelf } = await setUp(3);
    const [trashed, restored] = [...shelf.stories.keys()];
    const entries = () =>
      shelf.summaries().map((entry) => ({ ...entry, trashedAt: entry.id === trashed ? '2026-01-01' : null }));
    const first = serviceFor(library, shelf);
    await first.start(entries());
    expect((await first.search('ferries', 10, 'trash')).ids).toEqual([trashed]);
    await first.close();

    const second = serviceFor(library, shelf);
    await second.setTrashed([restored!], true);
    await second.start(entries());
    expect([...(await second.search('ferries', 10, 'trash')).ids].sort()).toEqual([trashed, restored].sort());
    await second.setTrashed([restored!], false);
    const active = await second.search('ferries', 10, 'active');
    expect(active.total).toBe(2);
    expect(active.ids).not.toContain(trashed);
  });

  it('makes an upsert and a removal visible to the next search', async () => {
    const { library, shelf } = await setUp(3);
    const service = serviceFor(library, shelf);
    await service.start(shelf.summaries());

    const story = shelf.put('Night trains return', 'Sleeper services resume.');
    await service.upsert(story);
    expect(await idsOf(service, 'sleeper')).toEqual([story.id]);

    await service.upsert(shelf.put('Night trains return', 'Cancelled again.', story.id));
    expect(await idsOf(service, 'sleeper')).toEqual([]);
    expect(await idsOf(service, 'cancelled')).toEqual([story.id]);

    await service.remove(story.id);
    expect(await idsOf(service, 'cancelled')).toEqual([]);
  });

  it('keeps a save made during a rebuild over the older copy the rebuild read', async () => {
    const { library, shelf } = await setUp(40);
    const service = serviceFor(library, shelf);
    const target = [...shelf.stories.values()][39]!;
    const stale = structuredClone(target);
    const saved = shelf.put('Saved meanwhile', 'Fresh words.', target.id);
    shelf.stories.set(target.id, stale);

    const starting = service.start(shelf.summaries());
    await service.upsert(saved);
    await starting;

    expect(await idsOf(service, 'fresh')).toEqual([target.id]);
  });

  it('writes the index only after changes, and close flushes what is pending', async () => {
    const { library, shelf } = await setUp(2);
    const first = serviceFor(library, shelf);
    await first.start(shelf.summaries());
    await first.flush();
    const file = join(library, SEARCH_INDEX_FILE);
    const written = await readFile(file, 'utf8');

    await first.flush();
    expect(await readFile(file, 'utf8')).toBe(written);

    const story = shelf.put('Harbour reopens', 'Dredging finished.');
    await first.upsert(story);
    await first.close();
    shelf.reads = [];

    const second = serviceFor(library, shelf);
    await second.start(shelf.summaries());
    expect(shelf.reads).toEqual([]);
    expect(await idsOf(second, 'dredging')).toEqual([story.id]);
  });

  it('writes the index a little after a rebuild, and after enough changes, on its own', async () => {
    const { library, shelf } = await setUp(1);
    const service = serviceFor(library, shelf, { persistDelayMs: 20, persistAfterChanges: 3 });
    await service.start(shelf.summaries());
    const file = join(library, SEARCH_INDEX_FILE);
    await expect.poll(() => existsSync(file)).toBe(true);
    const written = await readFile(file, 'latin1');

    const stories = ['Late edition', 'Early edition', 'Special edition'].map((headline) =>
      shelf.put(headline, 'Presses rolled at dawn.'),
    );
    await service.upsert(stories[0]!);
    await service.upsert(stories[1]!);
    // Two routine saves are not worth writing the whole index for; they would be re-indexed on the next start.
    await new Promise((done) => setTimeout(done, 150));
    expect(await readFile(file, 'latin1')).toBe(written);

    await service.upsert(stories[2]!);
    await expect
      .poll(async () => {
        const contents = await readFile(file, 'latin1');
        return stories.every((story) => contents.includes(story.id));
      })
      .toBe(true);
  });

  it('reports a failed write, leaves no half-written file, and writes again on the next flush', async () => {
    const { library, shelf } = await setUp(2);
    const errors: Error[] = [];
    const service = serviceFor(library, shelf, { onError: (error) => errors.push(error) });
    await service.start(shelf.summaries());
    await service.flush();
    const file = join(library, SEARCH_INDEX_FILE);

    const blocked = shelf.put('Blocked', 'Cannot be written.');
    await service.upsert(blocked);
    // A folder where the file goes fails the rename even for root, as a full disk fails the write.
    await rm(file);
    await mkdir(join(file, 'blocker'), { recursive: true });
    await service.flush();

    expect(errors).toHaveLength(1);
    expect(service.persistError()?.message).toMatch(/Could not save the search index/);
    expect((await readdir(join(library, 'search'))).sort()).toEqual(['index.dat']);
    expect((await service.search('cannot', 10)).ids).toHaveLength(1);

    await rm(file, { recursive: true });
    await service.flush();
    expect(service.persistError()).toBeUndefined();
    expect(await readFile(file, 'utf8')).toContain(blocked.id);
  });
});
