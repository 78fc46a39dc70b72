import { describe, expect, it } from 'vitest';
import { newDraft } from '@shared/story/newDraft';
import type { Story } from '@shared/story/story';
import { storyDraftSchema } from '@shared/story/story';
import { draftOf } from '@shared/story/draftOf';

describe('draftOf', () => {
  it('keeps every draft field and drops the library bookkeeping', () => {
    const story: Story = {
      ...newDraft({
        headline: 'Vote count resumes',
        section: 'Politics',
        keywords: ['election'],
        priority: 2,
      }),
      id: '00000000-0000-4000-8000-000000000001',
      createdAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:05:00.000Z',
      wordCount: 0,
      revision: 4,
      trashedAt: null,
    };

    const draft = draftOf(story);

    expect(Object.keys(draft).sort()).toEqual(Object.keys(storyDraftSchema.shape).sort());
    expect(draft).toMatchObject({ headline: 'Vote count resumes', section: 'Politics', priority: 2 });
  });
});
