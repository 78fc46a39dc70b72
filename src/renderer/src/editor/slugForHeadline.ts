import { slugify } from '@shared/story/slugify';

/**
 * The slug follows the headline until someone sets it by hand: a slug that is empty or still
 * matches the previous headline was never edited, so it moves with the new headline.
 */
export function slugForHeadline(previousHeadline: string, slug: string, headline: string): string {
  return slug === '' || slug === slugify(previousHeadline) ? slugify(headline) : slug;
}
