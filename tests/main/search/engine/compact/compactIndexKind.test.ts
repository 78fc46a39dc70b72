import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../../../../src/main/search/SearchEngine';
import { compactIndexKind } from '../../../../../src/main/search/engine/compact/compactIndexKind';
import { searchEngineKinds } from '../../../../../src/main/search/worker/searchEngineKinds';
import { describeSearchEngine } from '../searchEngineSuite';

describeSearchEngine(compactIndexKind, searchEngineKinds);

function story(id: string, parts: Partial<SearchDocument>): SearchDocument {
  return { id, headline: '', body: '', bylines: '', dateline: '', keywords: '', speakers: '', ...parts };
}

const ids = (engine: ReturnType<typeof compactIndexKind.create>, text: string) =>
  engine.search(text, 1000).ids;

/** What the index must answer, worked out the slow way: every word held, the last one as a prefix when typed. */
function naiveIds(documents: Map<string, SearchDocument>, text: string): string[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  const typed = !text.endsWith(' ');
  return [...documents.values()]
    .filter((document) => {
      const held = Object.values(document).join(' ').toLowerCase().split(/\s+/);
      return words.every((word, at) =>
        typed && at === words.length - 1 && word.length >= 2
          ? held.some((candidate) => candidate.startsWith(word))
          : held.includes(word),
      );
    })
    .map((document) => document.id)
    .sort();
}

describe('the compact index', () => {
  it('ranks a headline match and a repeated word above a passing mention', () => {
    const engine = compactIndexKind.create();
    engine.add(story('passing', { body: 'The port was quiet. Later the ferry left.' }));
    engine.add(story('headline', { headline: 'Ferry strike', body: 'Crews walked out.' }));
    engine.add(story('repeated', { body: 'Ferry after ferry after ferry waited in the port.' }));
    expect(ids(engine, 'ferry ')).toEqual(['headline', 'repeated', 'passing']);
  });

  it('corrects only a word no story holds, and marks the corrections', () => {
    const engine = compactIndexKind.create();
    engine.add(story('paid', { body: 'Workers were paid late.' }));
    engine.add(story('said', { body: 'The minister said nothing.' }));
    expect(ids(engine, 'said ')).toEqual(['said']);
    const corrected = engine.search('ministre ', 10);
    expect(corrected.ids).toEqual(['said']);
    expect(corrected.terms).toEqual(['minister']);
    expect(ids(engine, 'xyzzy ')).toEqual([]);
  });

  it('matches a one-letter word being typed as a whole word, and longer ones as prefixes', () => {
    const engine = compactIndexKind.create();
    engine.add(story('vitamin', { headline: 'Vitamin A shortage' }));
    engine.add(story('apples', { headline: 'Apples are cheap' }));
    expect(ids(engine, 'a')).toEqual(['vitamin']);
    expect(ids(engine, 'ap')).toEqual(['apples']);
    expect(engine.search('ap', 5).terms).toEqual(['ap']);
  });

  it('answers like a naive search after any adds, replacements and removals, before and after a reload', () => {
    const word = fc.constantFrom('oil', 'oak', 'ox', 'sea', 'see', 'sun', 'su', 'a', 'an', 'and', 'ant');
    const text = fc.array(word, { maxLength: 8 }).map((words) => words.join(' '));
    const operation = fc.oneof(
      fc.record({
        kind: fc.constant('add' as const),
        id: fc.integer({ min: 0, max: 6 }),
        headline: text,
        body: text,
      }),
      fc.record({ kind: fc.constant('remove' as const), id: fc.integer({ min: 0, max: 6 }) }),
    );
    const query = fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.boolean());
    fc.assert(
      fc.property(
        fc.array(operation, { maxLength: 30 }),
        fc.array(query, { maxLength: 6 }),
        (operations, queries) => {
          const engine = compactIndexKind.create();
          const documents = new Map<string, SearchDocument>();
          for (const step of operations) {
            const id = `s${step.id}`;
            if (step.kind === 'remove') {
              engine.remove(id);
              documents.delete(id);
            } else {
              const document = story(id, { headline: step.headline, body: step.body });
              engine.add(document);
              documents.set(id, document);
            }
          }
          const reloaded = compactIndexKind.load(engine.serialize());
          expect(reloaded.size).toBe(documents.size);
          for (const [words, typed] of queries) {
            const text = `${words.join(' ')}${typed ? '' : ' '}`;
            const expected = naiveIds(documents, text);
            expect(ids(engine, text).sort()).toEqual(expected);
            expect(ids(reloaded, text).sort()).toEqual(expected);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps one entry per story however often it is saved, and answers the same after a reload', () => {
    const engine = compactIndexKind.create();
    for (let save = 0; save < 500; save++) {
      engine.add(story('draft', { headline: `Version ${save}`, body: 'Talks continue.' }));
    }
    engine.add(story('other', { body: 'Talks stall.' }));
    expect(engine.size).toBe(2);
    expect(ids(engine, 'talks ').sort()).toEqual(['draft', 'other']);
    expect(ids(engine, 'version 499 ')).toEqual(['draft']);
    expect(ids(engine, 'version 3 ')).toEqual([]);
    const reloaded = compactIndexKind.load(engine.serialize());
    expect(ids(reloaded, 'version 499 ')).toEqual(['draft']);
  });
});
