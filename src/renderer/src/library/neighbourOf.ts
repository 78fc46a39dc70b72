import type { StorySummary } from '@shared/story/story';

/** The story to select once `id` leaves the list: the one below it, or else the one above. */
export function neighbourOf(stories: StorySummary[], id: string): string | null {
  const index = stories.findIndex((story) => story.id === id);
  if (index === -1) return null;
  return (stories[index + 1] ?? stories[index - 1])?.id ?? null;
}
