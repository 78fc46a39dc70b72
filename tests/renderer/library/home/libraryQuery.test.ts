import { describe, expect, it } from 'vitest';
import {
  effectiveSort,
  INITIAL_QUERY,
  nextSort,
} from '../../../../src/renderer/src/library/home/libraryQuery';

describe('effectiveSort', () => {
  it('is newest first without words, relevance with them, and the picked column always', () => {
    expect(effectiveSort(INITIAL_QUERY, '')).toEqual({ key: 'updatedAt', direction: 'desc' });
    expect(effectiveSort(INITIAL_QUERY, 'kyiv')).toEqual({ key: 'relevance', direction: 'desc' });
    const picked = { ...INITIAL_QUERY, sort: { key: 'slug', direction: 'asc' } as const };
    expect(effectiveSort(picked, 'kyiv')).toEqual({ key: 'slug', direction: 'asc' });
  });
});

describe('nextSort', () => {
  it('sorts words ascending and numbers descending first, and reverses on the same column', () => {
    expect(nextSort({ key: 'relevance', direction: 'desc' }, 'headline')).toEqual({
      key: 'headline',
      direction: 'asc',
    });
    expect(nextSort({ key: 'headline', direction: 'asc' }, 'wordCount')).toEqual({
      key: 'wordCount',
      direction: 'desc',
    });
    expect(nextSort({ key: 'headline', direction: 'asc' }, 'headline')).toEqual({
      key: 'headline',
      direction: 'desc',
    });
  });
});
