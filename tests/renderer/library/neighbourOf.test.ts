import { describe, expect, it } from 'vitest';
import type { StorySummary } from '@shared/story/story';
import { neighbourOf } from '../../../src/renderer/src/library/neighbourOf';

const stories = ['a', 'b', 'c'].map((id) => ({ id }) as StorySummary);

describe('neighbourOf', () => {
  it('picks the story below the one leaving', () => {
    expect(neighbourOf(stories, 'b')).toBe('c');
  });

  it('picks the story above when the last one leaves', () => {
    expect(neighbourOf(stories, 'c')).toBe('b');
  });

  it('has nothing to pick when the only story leaves or the story is not listed', () => {
    expect(neighbourOf(stories.slice(0, 1), 'a')).toBeNull();
    expect(neighbourOf(stories, 'z')).toBeNull();
  });
});
