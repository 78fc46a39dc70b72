import type { Story, StoryDraft } from '@shared/story/story';

/** The writer-editable part of a story, field by field, so library bookkeeping never rides along in a save. */
export function draftOf(story: Story): StoryDraft {
  return {
    headline: story.headline,
    subheadline: story.subheadline,
    slug: story.slug,
    bylines: story.bylines,
    section: story.section,
    keywords: story.keywords,
    status: story.status,
    priority: story.priority,
    language: story.language,
    embargo: story.embargo,
    body: story.body,
    editorNotes: story.editorNotes,
  };
}
