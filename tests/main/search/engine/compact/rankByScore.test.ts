import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankByScore } from '../../../../../src/main/search/engine/compact/rankByScore';

function naiveRanking(scores: Float32Array): number[] {
  const positions = Array.from({ length: scores.length }, (_, at) => at);
  return positions.sort((a, b) => scores[b]! - scores[a]! || b - a);
}

// Scores as the engine makes them: BM25 sums, never negative. Few distinct values make ties common.
const score = fc.oneof(
  fc.float({ min: 0, max: 100, noNaN: true }),
  fc.constantFrom(0, 1, 1.5, Math.fround(0.1), 2 ** -149, 3.4e38),
);
const scoresOf = (values: number[]) =>
  Float32Array.from(values, (value) => (Object.is(value, -0) ? 0 : value));

describe('rankByScore', () => {
  it('puts the highest score first and, among equal scores, the later position first', () => {
    expect(Array.from(rankByScore(scoresOf([1, 3, 2, 3, 0])))).toEqual([3, 1, 2, 0, 4]);
    expect(Array.from(rankByScore(scoresOf([])))).toEqual([]);
    expect(Array.from(rankByScore(scoresOf([0.5])))).toEqual([0]);
  });

  it('ranks like a comparator sort by score, then by position, both descending', () => {
    fc.assert(
      fc.property(fc.array(score, { maxLength: 300 }), (values) => {
        const scores = scoresOf(values);
        expect(Array.from(rankByScore(scores))).toEqual(naiveRanking(scores));
      }),
    );
  });

  it('ranks a few thousand scores, ties included, naming every position once', () => {
    fc.assert(
      fc.property(fc.array(score, { minLength: 2000, maxLength: 5000 }), (values) => {
        const scores = scoresOf(values);
        const ranked = Array.from(rankByScore(scores));
        expect(new Set(ranked).size).toBe(scores.length);
        expect(ranked).toEqual(naiveRanking(scores));
      }),
      { numRuns: 20 },
    );
  });

  it('keeps positions up to the last one a score can carry', () => {
    const scores = new Float32Array(70_000).fill(2);
    scores[65_537] = 3;
    const ranked = rankByScore(scores);
    expect(ranked[0]).toBe(65_537);
    expect(ranked[1]).toBe(69_999);
    expect(ranked[ranked.length - 1]).toBe(0);
  });

  it('keeps only the best `limit`, the same scores in the same order as the full ranking gives first', () => {
    fc.assert(
      fc.property(fc.array(score, { maxLength: 400 }), fc.nat({ max: 450 }), (values, limit) => {
        const scores = scoresOf(values);
        const ranked = Array.from(rankByScore(scores, limit));
        const full = naiveRanking(scores).slice(0, limit);
        expect(ranked).toHaveLength(full.length);
        expect(ranked.map((at) => scores[at])).toEqual(full.map((at) => scores[at]));
      }),
    );
  });
});
