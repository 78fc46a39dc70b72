import type { Byline } from '../../story/story';

const textOf = (value: unknown) => (typeof value === 'string' ? value : '');

function nameOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null) return textOf((value as Record<string, unknown>).name);
  return '';
}

/** The people of a JSON-LD article's `author`: name, `jobTitle` and `worksFor`, as Copydesk's page writes them. */
export function jsonLdBylines(article: Record<string, unknown> | null): Byline[] {
  const author = article?.author;
  const people = Array.isArray(author) ? author : author ? [author] : [];
  return people.flatMap((person): Byline[] => {
    const fields = typeof person === 'object' && person !== null ? (person as Record<string, unknown>) : {};
    if (fields['@type'] === 'Organization') return [];
    const name = nameOf(person).trim();
    if (!name || name.length > 200) return [];
    const title = textOf(fields.jobTitle).slice(0, 200);
    const organization = nameOf(fields.worksFor).slice(0, 200);
    return [{ name, title, organization }];
  });
}
