import type { StoryStatus } from '../../story/story';

const LABELS: Record<StoryStatus, string> = {
  draft: 'Draft — not approved',
  submitted: 'Submitted — not approved',
  'in-edit': 'In edit — not approved',
  approved: 'Approved',
  published: 'Published',
  spiked: 'Spiked — not for publication',
};

/** The status as the proof's footer shows it; `warning` when the story may not run as it stands. */
export function proofStatus(status: StoryStatus): { label: string; warning: boolean } {
  return { label: LABELS[status], warning: status !== 'approved' && status !== 'published' };
}
