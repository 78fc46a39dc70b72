import { describe, expect, it } from 'vitest';
import { indexFileSchema } from '../../../src/main/library/indexFile';
import { quickIndexCheck } from '../../../src/main/library/quickIndexCheck';
import { summaryOf } from './catalog/catalogFixtures';

const fileWith = (summary: object) => {
  const id = (summary as { id: string }).id;
  return { format: 1, journalSeq: 3, stories: { [id]: summary } };
};

describe('quickIndexCheck', () => {
  it('accepts what the full schema accepts, filling the same defaults', () => {
    const { targetWords: _target, ...older } = summaryOf(1, { bylines: ['Ana'] });
    const file = fileWith(older);
    const full = indexFileSchema.parse(structuredClone(file));
    expect(quickIndexCheck(file)).toEqual(full);
  });

  it.each([
    ['a status outside the workflow', { status: 'lost' }],
    ['an unreadable update time', { updatedAt: 'yesterday' }],
    ['a byline without a name', { bylines: [{ title: 'x' }] }],
    ['a keyword that is not text', { keywords: [3] }],
    ['a word count that is not whole', { wordCount: 1.5 }],
    ['a headline that is not text', { headline: null }],
    ['an id that is not its key', { id: '00000000-0000-4000-8000-000000000009' }],
  ])('refuses %s, so that the caller checks against the full schema', (_name, change) => {
    const summary = summaryOf(1);
    const file = { format: 1, journalSeq: 0, stories: { [summary.id]: { ...summary, ...change } } };
    expect(quickIndexCheck(file)).toBeUndefined();
  });

  it('refuses another format, a negative journal number and a list for the stories', () => {
    const file = fileWith(summaryOf(1));
    expect(quickIndexCheck({ ...file, format: 2 })).toBeUndefined();
    expect(quickIndexCheck({ ...file, journalSeq: -1 })).toBeUndefined();
    expect(quickIndexCheck({ ...file, stories: [] })).toBeUndefined();
  });
});
