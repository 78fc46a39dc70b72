import type { StoryStatus } from '@shared/story/story';

/** Exporting a story the desk has not approved is allowed, but never by accident. */
export function approvalWarning(status: StoryStatus): string | null {
  if (status === 'approved' || status === 'published') return null;
  if (status === 'spiked') return 'This story is spiked: the desk decided not to run it.';
  return `This story is ${status === 'in-edit' ? 'in edit' : status}, not approved. Check with the desk before publishing it.`;
}
