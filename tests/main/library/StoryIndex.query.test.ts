import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STORY_SORT_KEYS } from '@shared/contract/querySchemas';
import { STORY_STATUSES } from '@shared/story/story';
import type { StorySummary } from '@shared/story/story';
import { StoryIndex } from '../../../src/main/library/StoryIndex';
import { naiveQuery, queryOf, summaryOf } from './catalog/catalogFixtures';

const headlines = (page: { items: StorySummary[] }) => page.items.map((item) => item.headline);

const desk = [
  summaryOf(1, {
    headline: 'Élan at the harbour',
    section: 'Local',
    bylines: ['Ana Costa', 'Rui Lopes'],
    keywords: ['Harbour', 'storm'],
    status: 'published',
    datelineCity: 'Porto',
    wordCount: 900,
    updatedAt: '2025-03-02T23:59:59.000Z',
  }),
  summaryOf(2, {
    headline: 'budget passes',
    section: 'Politics',
    bylines: ['Rui Lopes'],
    keywords: ['budget'],
    status: 'draft',
    datelineCity: 'Lisbon',
    wordCount: 300,
    updatedAt: '2025-03-03T00:00:00.000Z',
  }),
  summaryOf(3, {
    headline: 'Apples',
    section: 'Local',
    bylines: [],
    keywords: ['harbour'],
    status: 'in-edit',
    datelineCity: '',
    wordCount: 300,
    updatedAt: '2025-03-01T00:00:00.000Z',
  }),
  summaryOf(4, {
    headline: 'Binned',
    section: 'Local',
    trashed: true,
    updatedAt: '2025-03-05T00:00:00.000Z',
  }),
];

describe('StoryIndex.query filters', () => {
  const index = new StoryIndex(desk);
  const find = (filters: Parameters<typeof queryOf>[0]['filters']) =>
    headlines(index.query(queryOf({ filters })));

  it('lists the view newest first without filters', () => {
    expect(find({})).toEqual(['budget passes', 'Élan at the harbour', 'Apples']);
    expect(headlines(index.query(queryOf({ view: 'trash' })))).toEqual(['Binned']);
  });

  it('keeps any of the statuses', () => {
    expect(find({ statuses: ['published', 'in-edit'] })).toEqual(['Élan at the harbour', 'Apples']);
  });

  it('matches the section exactly', () => {
    expect(find({ section: 'Local' })).toEqual(['Élan at the harbour', 'Apples']);
    expect(find({ section: 'local' })).toEqual([]);
  });

  it('matches part of any byline name in any case', () => {
    expect(find({ byline: 'LOPES' })).toEqual(['budget passes', 'Élan at the harbour']);
    expect(find({ byline: 'ana c' })).toEqual(['Élan at the harbour']);
  });

  it('matches a whole keyword in any case', () => {
    expect(find({ keyword: 'HARBOUR' })).toEqual(['Élan at the harbour', 'Apples']);
    expect(find({ keyword: 'harb' })).toEqual([]);
  });

  it('keeps changes between two UTC days, both included', () => {
    expect(find({ changedFrom: '2025-03-02' })).toEqual(['budget passes', 'Élan at the harbour']);
    expect(find({ changedTo: '2025-03-02' })).toEqual(['Élan at the harbour', 'Apples']);
    expect(find({ changedFrom: '2025-03-02', changedTo: '2025-03-02' })).toEqual(['Élan at the harbour']);
  });

  it('combines filters', () => {
    expect(find({ section: 'Local', keyword: 'harbour', statuses: ['in-edit'] })).toEqual(['Apples']);
    expect(find({ byline: 'rui', changedTo: '2025-03-02' })).toEqual(['Élan at the harbour']);
  });
});

describe('StoryIndex.query sorting', () => {
  const index = new StoryIndex(desk);
  const sorted = (key: (typeof STORY_SORT_KEYS)[number], direction: 'asc' | 'desc') =>
    headlines(index.query(queryOf({ sort: { key, direction } })));

  it('sorts text case-insensitively and by locale, accents beside their letter', () => {
    expect(sorted('headline', 'asc')).toEqual(['Apples', 'budget passes', 'Élan at the harbour']);
    expect(sorted('headline', 'desc')).toEqual(['Élan at the harbour', 'budget passes', 'Apples']);
  });

  it('sorts by the first byline, the dateline city, the section and the slug', () => {
    expect(sorted('byline', 'asc')).toEqual(['Apples', 'Élan at the harbour', 'budget passes']);
    expect(sorted('datelineCity', 'desc')).toEqual(['Élan at the harbour', 'budget passes', 'Apples']);
    expect(sorted('section', 'asc')).toEqual(['Élan at the harbour', 'Apples', 'budget passes']);
    expect(sorted('slug', 'asc')).toEqual(['Élan at the harbour', 'budget passes', 'Apples']);
  });

  it('sorts status in workflow order and numbers numerically, ties newest first', () => {
    expect(sorted('status', 'asc')).toEqual(['budget passes', 'Apples', 'Élan at the harbour']);
    expect(sorted('wordCount', 'asc')).toEqual(['budget passes', 'Apples', 'Élan at the harbour']);
    expect(sorted('wordCount', 'desc')).toEqual(['Élan at the harbour', 'budget passes', 'Apples']);
    expect(sorted('updatedAt', 'asc')).toEqual(['Apples', 'Élan at the harbour', 'budget passes']);
  });

  it("ranks search hits by score for 'relevance', and means newest first without hits", () => {
    const onlyIds = new Map([
      [desk[2]!.id, 5],
      [desk[0]!.id, 9],
      [desk[3]!.id, 7],
    ]);
    const sort = { key: 'relevance', direction: 'desc' } as const;
    expect(headlines(index.query(queryOf({ sort, onlyIds })))).toEqual(['Élan at the harbour', 'Apples']);
    expect(headlines(index.query(queryOf({ sort: { key: 'headline', direction: 'asc' }, onlyIds })))).toEqual(
      ['Apples', 'Élan at the harbour'],
    );
    expect(headlines(index.query(queryOf({ sort })))).toEqual([
      'budget passes',
      'Élan at the harbour',
      'Apples',
    ]);
  });
});

describe('StoryIndex.query paging', () => {
  const many = Array.from({ length: 30 }, (_, n) =>
    summaryOf(n, {
      headline: `Same ${n % 3}`,
      section: n % 2 ? 'A' : 'B',
      updatedAt: '2025-03-01T00:00:00.000Z',
    }),
  );

  it('pages through equal keys without repeating or losing a story', () => {
    const index = new StoryIndex(many);
    const sort = { key: 'headline', direction: 'asc' } as const;
    const pages = [0, 7, 14, 21, 28].flatMap(
      (offset) => index.query(queryOf({ sort, offset, limit: 7 })).items,
    );
    expect(new Set(pages.map((item) => item.id)).size).toBe(30);
    expect(pages).toEqual(index.query(queryOf({ sort })).items);
  });

  it('keeps every built order up to date as stories change between pages', () => {
    const index = new StoryIndex(many);
    const sort = { key: 'headline', direction: 'desc' } as const;
    index.query(queryOf({ sort, limit: 5 }));
    index.put({ ...many[4]!, headline: 'Zebra', updatedAt: '2025-03-09T00:00:00.000Z' });
    index.put({ ...many[5]!, trashedAt: '2025-03-09T00:00:00.000Z' });
    index.remove(many[6]!.id);
    index.put(summaryOf(99, { headline: 'Aardvark' }));
    const all = [...index.summaries()];
    for (const filters of [{}, { section: 'A' }]) {
      const query = queryOf({ sort, filters });
      expect(index.query(query)).toEqual(naiveQuery(all, query));
    }
    expect(index.query(queryOf({ sort })).items[0]!.headline).toBe('Zebra');
  });
});

describe('StoryIndex.facets', () => {
  it('lists the sections, keywords (one per spelling that differs by case) and bylines of the view, alphabetically', () => {
    const index = new StoryIndex(desk);
    expect(index.facets('active')).toEqual({
      sections: ['Local', 'Politics'],
      keywords: ['budget', 'Harbour', 'storm'],
      bylines: ['Ana Costa', 'Rui Lopes'],
    });
    index.put({ ...desk[1]!, trashedAt: '2025-03-09T00:00:00.000Z' });
    expect(index.facets('active').sections).toEqual(['Local']);
    expect(index.facets('trash')).toEqual({
      sections: ['Local', 'Politics'],
      keywords: ['budget'],
      bylines: ['Rui Lopes'],
    });
  });
});

describe('StoryIndex.query against a naive filter and sort', () => {
  const names = ['Ana', 'ana costa', 'Rui', 'Zé', 'éva', ''];
  const fields = fc.record({
    headline: fc.constantFrom(...names, 'Apple', 'apple', 'b'),
    section: fc.constantFrom('Local', 'World', ''),
    bylines: fc.array(fc.constantFrom(...names.filter(Boolean)), { maxLength: 2 }),
    keywords: fc.array(fc.constantFrom('Flood', 'flood', 'budget'), { maxLength: 2 }),
    status: fc.constantFrom(...STORY_STATUSES),
    datelineCity: fc.constantFrom(...names),
    wordCount: fc.integer({ min: 0, max: 3 }),
    updatedAt: fc
      .integer({ min: 0, max: 4 })
      .map((day) => new Date(Date.UTC(2025, 0, 1 + day, day * 5)).toISOString()),
    trashed: fc.boolean(),
  });
  const filters = fc.record({
    statuses: fc.subarray([...STORY_STATUSES], { maxLength: 2 }),
    section: fc.constantFrom('', 'Local'),
    byline: fc.constantFrom('', 'an', 'RU'),
    keyword: fc.constantFrom('', 'FLOOD'),
    changedFrom: fc.constantFrom(null, '2025-01-02'),
    changedTo: fc.constantFrom(null, '2025-01-04'),
  });
  const query = fc.record({
    view: fc.constantFrom('active' as const, 'trash' as const),
    filters,
    sort: fc.record({
      key: fc.constantFrom(...STORY_SORT_KEYS),
      direction: fc.constantFrom('asc' as const, 'desc' as const),
    }),
    offset: fc.integer({ min: 0, max: 6 }),
    limit: fc.integer({ min: 1, max: 8 }),
    search: fc.option(fc.array(fc.tuple(fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 3 }))), {
      nil: undefined,
    }),
  });

  it('answers every query as filtering and sorting from scratch would, through any changes', () => {
    fc.assert(
      fc.property(
        fc.array(fields, { maxLength: 20 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 19 }), fc.option(fields, { nil: undefined })), {
          maxLength: 10,
        }),
        fc.array(query, { minLength: 1, maxLength: 4 }),
        (initial, changes, queries) => {
          const index = new StoryIndex(initial.map((f, n) => summaryOf(n, f)));
          const ask = (q: (typeof queries)[number]) => {
            const onlyIds = q.search && new Map(q.search.map(([n, score]) => [summaryOf(n).id, score]));
            const full = { ...q, onlyIds };
            // A hit list with scores tied keeps the naive comparison well defined through the tie-break.
            expect(index.query(full)).toEqual(naiveQuery(index.summaries(), full));
          };
          ask(queries[0]!);
          for (const [n, next] of changes) {
            if (next) index.put(summaryOf(n, next));
            else index.remove(summaryOf(n).id);
          }
          queries.forEach(ask);
        },
      ),
      { numRuns: 300 },
    );
  });
});
