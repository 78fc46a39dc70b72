import type { ExportStory } from '../model/exportStory';
import { bodyHtml } from './bodyHtml';
import { headerHtml } from './headerHtml';

/**
 * The story as one `<article>`: its header, then the body. The same markup stands alone as the fragment a
 * CMS takes and sits inside the full page, so the two never differ.
 */
export function articleHtml(story: ExportStory): string {
  const body = bodyHtml(story);
  return ['<article>', headerHtml(story), ...(body ? [body] : []), '</article>'].join('\n');
}
