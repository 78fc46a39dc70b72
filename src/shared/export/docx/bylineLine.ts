import type { Byline } from '../../story/story';

/**
 * "By Jane Doe, Staff Correspondent, Copydesk News": one line per byline, as a proof reads them; '' for a
 * byline whose name is blank, as a title alone credits no one.
 */
export function bylineLine({ name, title, organization }: Byline): string {
  return name ? `By ${[name, title, organization].filter(Boolean).join(', ')}` : '';
}
