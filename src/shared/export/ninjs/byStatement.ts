import type { Byline } from '../../story/story';

function naturalList(items: string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * ninjs has one natural-language `by`: "Paulo Santalucia and Frances d'Emilio", as IPTC's examples write
 * it. Titles and organizations are kept ("Jane Doe, Staff Correspondent, Copydesk News"); once a byline
 * holds commas of its own, bylines are parted by semicolons so each still reads as one person. Null
 * without bylines.
 */
export function byStatement(bylines: readonly Byline[]): string | null {
  const named = bylines.filter((byline) => byline.name);
  if (named.length === 0) return null;
  const parts = named.map(({ name, title, organization }) => [name, title, organization].filter(Boolean));
  if (parts.every((part) => part.length === 1)) return naturalList(parts.map(([name]) => name!));
  return parts.map((part) => part.join(', ')).join('; ');
}
