import type { ExportFormat } from '../exportFormat';
import { articleHtml } from '../html/articleHtml';
import type { ExportStory } from '../model/exportStory';

/**
 * The story's `<article>` alone, to paste into a CMS: no doctype, head, style or script, as the CMS's page
 * brings its own. Throws a RangeError on a time no `<time>` element could carry.
 */
export function htmlFragment(story: ExportStory): string {
  return `${articleHtml(story)}\n`;
}

export const htmlFragmentFormat: ExportFormat = {
  id: 'html-fragment',
  label: 'HTML fragment (for a CMS)',
  fileSuffix: '.fragment.html',
  mediaType: 'text/html',
  isText: true,
  export: async (story) => new TextEncoder().encode(htmlFragment(story)),
};
