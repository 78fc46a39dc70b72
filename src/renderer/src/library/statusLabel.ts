import type { StoryStatus } from '@shared/story/story';

export const STATUS_LABELS: Record<StoryStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  'in-edit': 'In edit',
  approved: 'Approved',
  published: 'Published',
  spiked: 'Spiked',
};
