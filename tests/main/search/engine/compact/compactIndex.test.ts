import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactIndex, emptyIndexParts } from '../../../../../src/main/search/engine/compact/compactIndex';
import type { IndexParts } from '../../../../../src/main/search/engine/compact/compactIndex';
import { isHeldByLivingStory } from '../../../../../src/main/search/engine/compact/isHeldByLivingStory';
import { planQuery } from '../../../../../src/main/search/engine/compact/planQuery';
import { rankByScore } from '../../../../../src/main/search/engine/compact/rankByScore';
import { QueryScratch, scoreQuery } from '../../../../../src/main/search/engine/compact/scoreQuery';
import { aliveIds, indexStory, livePostings } from './indexParts';

/** What the parts answer: matching ids best first, with their scores. */
function answer(parts: IndexParts, text: string): { id: string; score: number }[] {
  const plans = planQuery(parts.dictionary, (termId) => isHeldByLivingStory(parts, termId), text);
  if (plans.length === 0 || plans.some((plan) => plan.expansions.length === 0)) return [];
  const { ordinals, scores } = scoreQuery(plans, parts.documents, parts.postings, new QueryScratch());
  return Array.from(rankByScore(scores), (position) => ({
    id: parts.documents.idAt(ordinals[position]!),
    score: scores[position]!,
  }));
}

const answeredIds = (parts: IndexParts, text: string) =>
  answer(parts, text)
    .map(({ id }) => id)
    .sort();

// Words shorter than four letters are never read as typos, so a finished word cannot be corrected; a word
// still being typed may be any of them, matched as a prefix.
const shortWord = fc.constantFrom('oil', 'oak', 'ox', 'sea', 'see', 'sun', 'su', 'a', 'an', 'and', 'ant');
const anyWord = fc.oneof(shortWord, fc.constantFrom('paid', 'pain', 'minister', 'ministry'));
const words = fc.array(anyWord, { maxLength: 6 });

type Step =
  | { kind: 'add'; id: number; headline: string[]; body: string[] }
  | { kind: 'remove'; id: number }
  | { kind: 'compact' };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('add' as const), id: fc.nat(5), headline: words, body: words }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), id: fc.nat(5) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('compact' as const) }) },
);

const query = fc.oneof(
  fc
    .tuple(fc.array(shortWord, { maxLength: 1 }), anyWord)
    .map(([finished, typed]) => [...finished, typed].join(' ')),
  fc.array(shortWord, { minLength: 1, maxLength: 2 }).map((finished) => `${finished.join(' ')} `),
);

/** Parts after the steps, and the words each living story holds, worked out apart from the index. */
function partsAfter(steps: readonly Step[]): { parts: IndexParts; held: Map<string, string[]> } {
  let parts = emptyIndexParts();
  const held = new Map<string, string[]>();
  for (const next of steps) {
    if (next.kind === 'compact') {
      parts = compactIndex(parts);
    } else if (next.kind === 'remove') {
      parts.documents.kill(`s${next.id}`);
      held.delete(`s${next.id}`);
    } else {
      const id = `s${next.id}`;
      indexStory(parts, { id, headline: next.headline, body: next.body });
      held.set(id, [...next.headline, ...next.body]);
    }
  }
  return { parts, held };
}

describe('compactIndex', () => {
  it('keeps only living stories, numbered from zero in their order, and only the words they hold', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const { parts, held } = partsAfter(steps);
        const compacted = compactIndex(parts);
        const { documents, dictionary, postings } = compacted;
        expect(aliveIds(compacted)).toEqual(aliveIds(parts));
        expect(documents.issued).toBe(held.size);
        expect(documents.aliveCount).toBe(held.size);
        aliveIds(parts).forEach((id, ordinal) => {
          expect(documents.ordinalOf(id)).toBe(ordinal);
          expect(documents.lengths[ordinal]).toBe(held.get(id)!.length);
        });
        const words = [...new Set([...held.values()].flat())].sort();
        expect(Array.from({ length: dictionary.size }, (_, id) => dictionary.termOf(id))).toEqual(words);
        expect(postings.recentCount).toBe(0);
        expect(postings.compactedTerms).toBe(words.length);
        expect(livePostings(compacted)).toEqual(livePostings(parts));
        expect(postings.compactedCount).toBe(livePostings(parts).length);
      }),
    );
  });

  it('answers every query with the same stories as before, and the same scores when nothing had died', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), fc.array(query, { maxLength: 5 }), (steps, queries) => {
        const { parts } = partsAfter(steps);
        const nothingDead = parts.documents.issued === parts.documents.aliveCount;
        const compacted = compactIndex(parts);
        for (const text of queries) {
          if (nothingDead) expect(answer(compacted, text)).toEqual(answer(parts, text));
          else expect(answeredIds(compacted, text)).toEqual(answeredIds(parts, text));
        }
      }),
    );
  });

  it('leaves the parts it was given as they were', () => {
    const parts = emptyIndexParts();
    indexStory(parts, { id: 'a', headline: ['oil'], body: ['sea'] });
    indexStory(parts, { id: 'a', headline: ['oak'], body: [] });
    const before = livePostings(parts);
    compactIndex(parts);
    expect(livePostings(parts)).toEqual(before);
    expect(parts.postings.recentCount).toBe(3);
    expect(parts.documents.issued).toBe(2);
  });

  // A word only a replaced version held lingers in the dictionary until compaction; it must be read as a typo
  // all the same, or the answer would depend on when the index last compacted.
  it('answers a word only a removed story held the same before and after compacting', () => {
    const parts = emptyIndexParts();
    indexStory(parts, { id: 'draft', headline: ['ministre'], body: [] });
    indexStory(parts, { id: 'draft', headline: ['minister'], body: [] });
    expect(answeredIds(compactIndex(parts), 'ministre ')).toEqual(['draft']);
    expect(answeredIds(parts, 'ministre ')).toEqual(['draft']);
  });
});
