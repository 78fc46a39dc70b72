import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../src/main/api/dispatch';
import { createHandlers } from '../../../src/main/api/createHandlers';
import { openLibrary } from '../../../src/main/library/openLibrary';
import { LIBRARY_SEARCH_ENGINE } from '../../../src/main/search/librarySearchEngine';
import { inProcessRunner } from '../../../src/main/search/runner/inProcessRunner';
import { SearchingRepository } from '../../../src/main/search/SearchingRepository';
import { SearchService } from '../../../src/main/search/SearchService';

let dir: string;
let library: SearchingRepository;
let search: SearchService;
let dispatch: Dispatch;

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

async function query(input: Record<string, unknown>) {
  const result = await dispatch('story:query', input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as {
    total: number;
    items: { id: string; headline: string; snippet: string; highlights: string[] }[];
  };
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-query-'));
  const opened = await openLibrary(dir);
  search = new SearchService({
    library: dir,
    engine: LIBRARY_SEARCH_ENGINE,
    readStory: (id) => opened.get(id),
    runner: inProcessRunner,
  });
  library = new SearchingRepository(opened, search);
  await search.start(await opened.summaries());
  dispatch = createDispatch(createHandlers(library, undefined, search), () => undefined);
});

afterEach(async () => {
  await library.close();
  await rm(dir, { recursive: true, force: true });
});

describe('story:query', () => {
  it('finds a word of a quote, with a snippet and the word to mark, and lists without search text', async () => {
    await library.create({
      headline: 'Harbour strike ends',
      body: { type: 'doc', content: [paragraph('Dockers went back to work.')] },
    });
    await library.create({
      headline: 'Talks resume',
      body: { type: 'doc', content: [paragraph('“Zanzibarite is a mineral,” the professor said.')] },
    });

    const found = await query({ text: 'zanzibarite' });
    expect(found.total).toBe(1);
    expect(found.items[0]).toMatchObject({ headline: 'Talks resume', highlights: ['Zanzibarite'] });
    expect(found.items[0]!.snippet).toContain('Zanzibarite is a mineral');
    expect(
      (await query({ text: '', sort: { key: 'headline', direction: 'asc' } })).items.map(
        (item) => item.headline,
      ),
    ).toEqual(['Harbour strike ends', 'Talks resume']);
  });

  it('pages a ranked search from the index’s best hits, with the total of all of them', async () => {
    for (let n = 0; n < 25; n++) {
      await library.create({
        headline: `Ferry report ${n}`,
        body: { type: 'doc', content: [paragraph(`Ferry ${'ferry '.repeat(n % 4)}crossings resumed.`)] },
      });
    }
    const trashed = await library.create({ headline: 'Ferry in the trash' });
    await library.trash(trashed.id);

    const pages = [];
    for (const offset of [0, 10, 20]) pages.push(await query({ text: 'ferry', offset, limit: 10 }));
    expect(pages.map((page) => page.total)).toEqual([25, 25, 25]);
    expect(pages.map((page) => page.items.length)).toEqual([10, 10, 5]);
    const ids = pages.flatMap((page) => page.items.map((item) => item.id));
    expect(new Set(ids).size).toBe(25);
    expect(ids).not.toContain(trashed.id);

    const filtered = await query({ text: 'ferry', filters: { statuses: ['draft'] }, limit: 10 });
    expect(filtered.total).toBe(25);
    expect((await query({ view: 'trash', text: 'ferry' })).items.map((item) => item.id)).toEqual([
      trashed.id,
    ]);
  });

  it('leaves a trashed story out of the stories and finds it in the trash, and again once restored', async () => {
    const story = await library.create({
      headline: 'Talks resume',
      body: { type: 'doc', content: [paragraph('Zanzibarite found.')] },
    });
    await library.trash(story.id);
    expect((await query({ text: 'zanzibarite' })).total).toBe(0);
    expect((await query({ view: 'trash', text: 'zanzibarite' })).total).toBe(1);
    await library.restore(story.id);
    expect((await query({ text: 'zanzibarite' })).total).toBe(1);
  });

  it('finds a story saved after the index was built, and offers the filters’ values', async () => {
    const story = await library.create({ headline: 'Draft', section: 'Sport', keywords: ['Football'] });
    await library.save(story.id, story.revision, {
      ...story,
      body: { type: 'doc', content: [paragraph('A late equaliser.')] },
    });
    expect((await query({ text: 'equaliser' })).items.map((item) => item.headline)).toEqual(['Draft']);
    expect(await dispatch('library:facets', { view: 'active' })).toMatchObject({
      ok: true,
      value: { sections: ['Sport'], keywords: ['Football'] },
    });
  });
});
