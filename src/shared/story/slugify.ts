const MAX_SLUG_LENGTH = 80;

/** A URL- and file-safe slug: the headline's words, lowercased, accents dropped, joined by hyphens. */
export function slugify(headline: string): string {
  const words = headline
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug || words.join('-').slice(0, MAX_SLUG_LENGTH);
}
