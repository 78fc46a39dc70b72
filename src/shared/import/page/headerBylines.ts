import type { Byline } from '../../story/story';

const FIELDS: Record<string, keyof Byline> = {
  author: 'name',
  'author-title': 'title',
  'author-organization': 'organization',
};

/**
 * The bylines of Copydesk's `<p class="byline">`: each `.author` opens a person, the `.author-title` and
 * `.author-organization` after it are theirs; a shared organization after several names is everyone's.
 */
export function headerBylines(byline: Element): Byline[] {
  const bylines: Byline[] = [];
  for (const span of [...byline.querySelectorAll('span')]) {
    const field = FIELDS[span.getAttribute('class') ?? ''];
    const text = span.textContent ?? '';
    if (field === 'name') {
      bylines.push({ name: text, title: '', organization: '' });
      continue;
    }
    const last = bylines.at(-1);
    if (!field || !last) continue;
    last[field] = text;
  }
  // "By A and B, Copydesk News" is how the export writes people sharing an organization: it is everyone's.
  const last = bylines.at(-1);
  const earlier = bylines.slice(0, -1);
  if (
    last?.organization &&
    earlier.length > 0 &&
    earlier.every((person) => !person.title && !person.organization)
  )
    if (!last.title) for (const person of earlier) person.organization = last.organization;
  return bylines.filter((person) => person.name.trim() !== '');
}
