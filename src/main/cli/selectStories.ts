import type { StoryStatus, StorySummary } from '@shared/story/story';
import { UsageError } from './UsageError';

/**
 * The stories a command names by id or slug, in the library's order, or every story when none is named;
 * `status` narrows either. A name that matches nothing is an error, not a silently shorter batch.
 */
export function selectStories(
  summaries: readonly StorySummary[],
  names: readonly string[],
  status: StoryStatus | null,
): StorySummary[] {
  const wanted = status === null ? summaries : summaries.filter((summary) => summary.status === status);
  if (names.length === 0) return [...wanted];
  const unknown = names.filter(
    (name) => !summaries.some((summary) => summary.id === name || summary.slug === name),
  );
  if (unknown.length > 0) {
    throw new UsageError(`No story with the id or slug ${unknown.map((name) => `"${name}"`).join(', ')}.`);
  }
  const chosen = new Set(names);
  return wanted.filter((summary) => chosen.has(summary.id) || chosen.has(summary.slug));
}
