import { childAt, descendantsNamed, attributeOf } from '../xml/xmlNames';
import { nitfInstant } from './nitfTime';
import { storySlug } from './storySlug';

export interface NitfDocdata {
  slug: string;
  keywords: string[];
  priority: number | null;
  embargo: string | null;
  /** NITF's management status ("usable", "embargoed", "withheld", "canceled"), '' when it gives none. */
  status: string;
}

/**
 * What NITF's `docdata` says of the story: its slug (the dynamic-use key, unless that is only the document's
 * id, as Copydesk writes for a story without a slug), keywords, urgency (the desk's priority), release time
 * (the embargo) and management status.
 */
export function nitfDocdata(head: Element | null): NitfDocdata {
  const docdata = childAt(head, 'docdata');
  const id = attributeOf(childAt(docdata, 'doc-id'), 'id-string') ?? '';
  const key = attributeOf(childAt(docdata, 'du-key'), 'key') ?? '';
  const urgency = Number(attributeOf(childAt(docdata, 'urgency'), 'ed-urg') ?? '');
  const keywords = descendantsNamed(childAt(docdata, 'key-list'), 'keyword')
    .map((keyword) => (attributeOf(keyword, 'key') ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return {
    slug: key && key !== id ? storySlug(key) : '',
    keywords,
    priority: Number.isInteger(urgency) && urgency >= 1 && urgency <= 9 ? urgency : null,
    embargo: nitfInstant(attributeOf(childAt(docdata, 'date.release'), 'norm') ?? null),
    status: attributeOf(docdata, 'management-status') ?? '',
  };
}
