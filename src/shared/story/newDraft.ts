import { emptyDocument } from './editorDocument';
import type { StoryDraft } from './story';

export function newDraft(overrides: Partial<StoryDraft> = {}): StoryDraft {
  return {
    headline: '',
    subheadline: '',
    slug: '',
    bylines: [],
    section: '',
    keywords: [],
    status: 'draft',
    priority: 5,
    language: 'en',
    embargo: null,
    body: emptyDocument(),
    editorNotes: '',
    targetWords: null,
    quotes: [],
    ...overrides,
  };
}
