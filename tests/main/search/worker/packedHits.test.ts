import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packHits, unpackHits } from '../../../../src/main/search/worker/packedHits';

describe('packedHits', () => {
  it('unpacks what it packed, an answer with no hits included', () => {
    const id = fc.stringMatching(/^[a-z0-9-]{1,36}$/);
    fc.assert(
      fc.property(fc.array(id, { maxLength: 50 }), (ids) => {
        const hits = {
          ids,
          scores: Float64Array.from(ids, (_, at) => ids.length - at),
          terms: ['ferry'],
          total: ids.length * 3,
        };
        expect(unpackHits(packHits(hits))).toEqual(hits);
      }),
    );
  });
});
