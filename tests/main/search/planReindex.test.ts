import { describe, expect, it } from 'vitest';
import { planReindex } from '../../../src/main/search/planReindex';

describe('planReindex', () => {
  it('re-reads stories missing or at another revision, and drops those the library lost', () => {
    const indexed = { same: 3, changed: 1, lost: 2 };
    const library = [
      { id: 'same', revision: 3 },
      { id: 'changed', revision: 2 },
      { id: 'new', revision: 1 },
    ];

    expect(planReindex(indexed, library)).toEqual({ stale: ['changed', 'new'], gone: ['lost'] });
  });

  it('re-reads everything for an empty index', () => {
    expect(planReindex({}, [{ id: 'a', revision: 1 }])).toEqual({ stale: ['a'], gone: [] });
  });
});
