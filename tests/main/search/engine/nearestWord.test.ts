import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from '../../../../src/main/search/engine/nearestWord';

describe('boundedEditDistance', () => {
  it('counts inserts, deletes, substitutions and neighbour swaps as one edit each', () => {
    expect(boundedEditDistance('talks', 'talks', 2)).toBe(0);
    expect(boundedEditDistance('talk', 'talks', 2)).toBe(1);
    expect(boundedEditDistance('tasks', 'talks', 2)).toBe(1);
    expect(boundedEditDistance('talsk', 'talks', 2)).toBe(1);
  });

  it('stops at the limit', () => {
    expect(boundedEditDistance('budget', 'ceasefire', 2)).toBe(3);
  });
});
