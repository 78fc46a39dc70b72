import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  SearchDocument,
  SearchEngine,
  SearchEngineKind,
} from '../../../../src/main/search/SearchEngine';

function story(id: string, parts: Partial<SearchDocument>): SearchDocument {
  return { id, headline: '', body: '', bylines: '', dateline: '', keywords: '', speakers: '', ...parts };
}

const STORIES = [
  story('truce', {
    headline: 'Ceasefire talks resume in Geneva',
    body: 'Negotiations between the delegations continued on Tuesday, officials said.',
    bylines: 'Olena Kovalenko, staff reporter',
    dateline: 'GENEVA, Switzerland',
    keywords: 'diplomacy',
    speakers: 'Maria Santos',
  }),
  story('budget', {
    headline: 'Parliament passes the budget',
    body: 'The government won the vote on the budget after a long night.',
    dateline: 'KYЇV, Ukraine',
    keywords: 'economy',
    speakers: 'Petro Shevchenko',
  }),
  story('harbour', {
    headline: 'Storm closes the harbour',
    body: 'Shipping stopped at the café by the quay; rescue workers stood by.',
    dateline: 'ODESA, Ukraine',
    speakers: 'Maria Lopez',
  }),
];

function filled(kind: SearchEngineKind): SearchEngine {
  const engine = kind.create();
  for (const document of STORIES) engine.add(document);
  return engine;
}

const ids = (engine: SearchEngine, text: string) => engine.search(text, 50).ids;

/** The behaviour every engine adapter must show; each adapter's test file runs it. */
export function describeSearchEngine(kind: SearchEngineKind, otherKinds: readonly SearchEngineKind[] = []) {
  describe(`${kind.name} as a SearchEngine`, () => {
    it('matches the word being typed as a prefix', () => {
      const engine = filled(kind);
      expect(ids(engine, 'cease')).toEqual(['truce']);
      expect(ids(engine, 'ceasefire tal')).toEqual(['truce']);
      expect(ids(engine, 'harb')).toEqual(['harbour']);
    });

    it('tolerates a typo in a finished word of four letters or more', () => {
      const engine = filled(kind);
      expect(ids(engine, 'goverment vote')).toEqual(['budget']);
      expect(ids(engine, 'negotaitions ')).toEqual(['truce']);
    });

    it('requires every word, whichever field holds it', () => {
      const engine = filled(kind);
      expect(ids(engine, 'maria ').sort()).toEqual(['harbour', 'truce']);
      expect(ids(engine, 'maria storm')).toEqual(['harbour']);
      expect(ids(engine, 'geneva kovalenko santos')).toEqual(['truce']);
      expect(ids(engine, 'ceasefire budget')).toEqual([]);
    });

    it('folds case, accents and Cyrillic look-alikes', () => {
      const engine = filled(kind);
      expect(ids(engine, 'KYIV')).toEqual(['budget']);
      expect(ids(engine, 'kyїv')).toEqual(['budget']);
      expect(ids(engine, 'cafe')).toEqual(['harbour']);
      expect(ids(engine, 'Café')).toEqual(['harbour']);
    });

    it('ranks a headline match first and reports the matched words for highlighting', () => {
      const engine = filled(kind);
      const hits = engine.search('budget', 10);
      expect(hits.ids).toEqual(['budget']);
      expect(hits.scores).toHaveLength(1);
      expect(hits.terms).toContain('budget');
      const all = engine.search('the ', 10);
      expect([...all.ids].sort()).toEqual(['budget', 'harbour', 'truce']);
      expect([...all.scores]).toEqual([...all.scores].sort((a, b) => b - a));
      expect(engine.search('the ', 1).ids).toHaveLength(1);
      expect(engine.search('the ', 1).scores).toHaveLength(1);
    });

    it('narrows a search to a view, counting every match of it, and keeps a re-indexed story in its view', () => {
      const engine = filled(kind);
      engine.setTrashed(['harbour'], true);
      expect(engine.search('maria ', 10, 'active')).toMatchObject({ ids: ['truce'], total: 1 });
      expect(engine.search('maria ', 10, 'trash')).toMatchObject({ ids: ['harbour'], total: 1 });
      expect([...engine.search('maria ', 10).ids].sort()).toEqual(['harbour', 'truce']);
      const cut = engine.search('the ', 1, 'active');
      expect(cut.ids).toHaveLength(1);
      expect(cut.total).toBe(2);

      engine.add(story('harbour', { headline: 'Storm returns', speakers: 'Maria Lopez' }));
      expect(engine.search('storm', 10, 'trash').ids).toEqual(['harbour']);
      engine.setTrashed(['harbour', 'never-added'], false);
      expect(engine.search('maria ', 10, 'trash').total).toBe(0);
      expect(engine.search('storm', 10, 'active').ids).toEqual(['harbour']);
    });

    it('forgets a removed story', () => {
      const engine = filled(kind);
      engine.remove('harbour');
      engine.remove('never-added');
      expect(engine.has('harbour')).toBe(false);
      expect(engine.size).toBe(2);
      expect(ids(engine, 'storm')).toEqual([]);
      expect(ids(engine, 'maria')).toEqual(['truce']);
    });

    it('replaces what was indexed when a story is added again', () => {
      const engine = filled(kind);
      engine.add(story('harbour', { headline: 'Flooding in the port', body: 'Water rose overnight.' }));
      expect(engine.size).toBe(3);
      expect(ids(engine, 'storm')).toEqual([]);
      expect(ids(engine, 'flooding')).toEqual(['harbour']);
    });

    it('answers the same after serialize and load, and keeps working', () => {
      const engine = filled(kind);
      const loaded = kind.load(engine.serialize());
      expect(loaded.size).toBe(3);
      expect(loaded.has('truce')).toBe(true);
      for (const query of ['cease', 'maria storm', 'goverment vote', 'kyiv', 'the ']) {
        expect(ids(loaded, query)).toEqual(ids(engine, query));
      }
      loaded.add(story('harbour', { headline: 'Flooding in the port' }));
      loaded.remove('truce');
      expect(ids(loaded, 'storm')).toEqual([]);
      expect(ids(loaded, 'flood')).toEqual(['harbour']);
      expect(loaded.size).toBe(2);
    });

    it('refuses to load garbage, a torn index or another engine’s index', () => {
      const serialized = filled(kind).serialize();
      const bytes = (text: string) => new Uint8Array(Buffer.from(text));
      expect(() => kind.load(bytes(''))).toThrow();
      expect(() => kind.load(bytes('not json'))).toThrow();
      expect(() => kind.load(bytes('{}'))).toThrow();
      expect(() => kind.load(serialized.slice(0, serialized.length / 2))).toThrow();
      for (const other of otherKinds.filter((candidate) => candidate.name !== kind.name)) {
        expect(() => kind.load(filled(other).serialize())).toThrow();
      }
    });

    it('finds any added story by any word of its headline', () => {
      const word = fc.stringMatching(/^[a-zéïø]{1,9}$/);
      const headline = fc.array(word, { minLength: 1, maxLength: 6 });
      fc.assert(
        fc.property(fc.array(headline, { minLength: 1, maxLength: 12 }), fc.nat(), (headlines, pick) => {
          const engine = kind.create();
          headlines.forEach((words, at) => engine.add(story(`s${at}`, { headline: words.join(' ') })));
          const target = pick % headlines.length;
          const words = headlines[target]!;
          expect(ids(engine, words[pick % words.length]!)).toContain(`s${target}`);
        }),
        { numRuns: 150 },
      );
    });
  });
}
