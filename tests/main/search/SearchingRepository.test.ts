import { afterEach, describe, expect, it } from 'vitest';
import { draftOf } from '@shared/story/draftOf';
import { SearchService } from '../../../src/main/search/SearchService';
import type { SearchView } from '../../../src/main/search/SearchEngine';
import { SearchingRepository } from '../../../src/main/search/SearchingRepository';
import { inProcessRunner } from '../../../src/main/search/runner/inProcessRunner';
import { draft, openFresh, paragraph } from '../library/fixtures/libraryFixtures';
import { substringEngineKind } from './support/substringEngine';

const services: SearchService[] = [];
afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.close()));
});

async function searchingLibrary() {
  const { dir, library } = await openFresh({ revisionIntervalMs: 0 });
  const search = new SearchService({
    library: dir,
    engine: substringEngineKind,
    readStory: (id) => library.get(id),
    runner: inProcessRunner,
    persistDelayMs: 60_000,
  });
  services.push(search);
  await search.start(await library.summaries());
  const repository = new SearchingRepository(library, search);
  const idsOf = async (text: string, view?: SearchView) =>
    [...(await search.search(text, 50, view)).ids].sort();
  return { library, repository, search, idsOf };
}

describe('SearchingRepository', () => {
  it('makes a created and a saved story searchable', async () => {
    const { repository, idsOf } = await searchingLibrary();

    const story = await repository.create(draft('Floods in the valley', 'Rivers burst their banks.'));
    expect(await idsOf('rivers')).toEqual([story.id]);

    const saved = await repository.save(story.id, story.revision, {
      ...draftOf(story),
      body: { type: 'doc', content: [paragraph('The ferry sank near the pier.')] },
    });
    expect(await idsOf('ferry')).toEqual([saved.id]);
    expect(await idsOf('rivers')).toEqual([]);
  });

  it('indexes duplicates and restored revisions, and forgets purged stories', async () => {
    const { repository, idsOf } = await searchingLibrary();
    const story = await repository.create(draft('Harbour strike', 'Dockers walked out.'));
    const copy = await repository.duplicate(story.id);
    expect(await idsOf('dockers')).toEqual([story.id, copy.id].sort());

    const saved = await repository.save(copy.id, copy.revision, {
      ...draftOf(copy),
      body: { type: 'doc', content: [paragraph('Talks ended the strike.')] },
    });
    expect(await idsOf('dockers')).toEqual([story.id]);
    const [first] = (await repository.listRevisions(copy.id)).sort((a, b) => a.revision - b.revision);
    await repository.restoreRevision(copy.id, first!.revision, saved.revision);
    expect(await idsOf('dockers')).toEqual([story.id, copy.id].sort());

    await repository.trash(copy.id);
    expect(await idsOf('dockers')).toEqual([story.id, copy.id].sort());
    expect(await idsOf('dockers', 'active')).toEqual([story.id]);
    expect(await idsOf('dockers', 'trash')).toEqual([copy.id]);
    await repository.restore(copy.id);
    expect(await idsOf('dockers', 'active')).toEqual([story.id, copy.id].sort());
    expect(await idsOf('dockers', 'trash')).toEqual([]);
    await repository.trash(copy.id);
    await repository.purge(copy.id);
    expect(await idsOf('dockers')).toEqual([story.id]);
  });

  it('never fails a save because the index could not be updated', async () => {
    const { library, search } = await searchingLibrary();
    const errors: unknown[] = [];
    const failing = new SearchingRepository(
      library,
      {
        upsert: () => Promise.reject(new Error('worker gone')),
        remove: search.remove.bind(search),
        setTrashed: () => Promise.reject(new Error('worker gone')),
      },
      (error) => errors.push(error),
    );

    const story = await failing.create(draft('Still saved'));
    expect(story.headline).toBe('Still saved');
    expect(errors).toHaveLength(1);
    expect((await failing.trash(story.id)).trashedAt).not.toBeNull();
    expect(errors).toHaveLength(2);
  });
});
