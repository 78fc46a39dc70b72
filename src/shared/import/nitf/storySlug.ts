import { slugSchema } from '../../story/story';
import { slugify } from '../../story/slugify';

/** A slug from a wire's key or slugline ("AAV!PREVIEW-ARI-PHI" → "aav-preview-ari-phi"); one already fit is kept. */
export function storySlug(key: string): string {
  const trimmed = key.trim();
  return slugSchema.safeParse(trimmed).success ? trimmed : slugify(trimmed);
}
