import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_DEPTH } from '@shared/story/editorDocument';
import { newDraft } from '@shared/story/newDraft';
import { storyDraftSchema } from '@shared/story/story';

describe('the story draft schema', () => {
  it('accepts a new draft', () => {
    expect(storyDraftSchema.parse(newDraft())).toEqual(newDraft());
  });

  it.each([
    ['a body that is not a document', { body: { type: 'paragraph' } }],
    ['an unknown status', { status: 'killed' }],
    ['a slug with a path in it', { slug: '../etc/passwd' }],
    ['a priority out of range', { priority: 12 }],
    ['a language that is not a tag', { language: 'English please' }],
    ['an embargo that is not a time', { embargo: 'tomorrow' }],
    ['a byline without a name', { bylines: [{ name: '' }] }],
    ['a huge headline', { headline: 'x'.repeat(501) }],
  ])('refuses %s', (_label, change) => {
    expect(storyDraftSchema.safeParse({ ...newDraft(), ...change }).success).toBe(false);
  });

  it('refuses a body nested deeper than the limit', () => {
    let node: { type: string; content?: unknown[] } = { type: 'paragraph' };
    for (let depth = 0; depth < MAX_DOCUMENT_DEPTH + 5; depth += 1)
      node = { type: 'bulletList', content: [node] };
    const result = storyDraftSchema.safeParse({ ...newDraft(), body: { type: 'doc', content: [node] } });
    expect(result.success).toBe(false);
  });
});
