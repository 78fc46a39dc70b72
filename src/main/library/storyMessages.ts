import type { Story } from '@shared/story/story';

/** How a story is named in messages a writer reads: 'the story "Floods close the coast road"'. */
export function describeStory(story: Pick<Story, 'headline'>): string {
  const headline = story.headline.trim();
  if (!headline) return 'the untitled story';
  return `the story "${headline.length > 60 ? `${headline.slice(0, 60)}…` : headline}"`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
