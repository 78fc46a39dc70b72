import type { StoryStatus } from '../../story/story';

export type PubStatus = 'usable' | 'withheld' | 'canceled';

/**
 * IPTC's publication status for a desk status. A story the desk has not approved may reach a CMS only
 * as `withheld`, so the receiver cannot publish it by accident; a spiked story is `canceled`.
 */
export function pubStatusOf(status: StoryStatus): PubStatus {
  switch (status) {
    case 'approved':
    case 'published':
      return 'usable';
    case 'spiked':
      return 'canceled';
    case 'draft':
    case 'submitted':
    case 'in-edit':
      return 'withheld';
  }
}
