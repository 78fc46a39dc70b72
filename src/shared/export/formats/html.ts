import type { ExportFormat } from '../exportFormat';
import { articleHtml } from '../html/articleHtml';
import { checkedLanguage } from '../html/checkedLanguage';
import { escapeHtml } from '../html/escapeHtml';
import { newsArticleJsonLd } from '../html/newsArticleJsonLd';
import { PAGE_CSS } from '../html/pageCss';
import { scriptJson } from '../html/scriptJson';
import type { ExportStory } from '../model/exportStory';
import { isBlankText } from '../model/publishableText';

// A page needs a title even for a story without a headline: the slug is the next thing a desk knows it by.
function titleOf({ headline, slug }: ExportStory): string {
  if (!isBlankText(headline)) return headline;
  return slug || 'Untitled story';
}

/**
 * The story as a standalone HTML page: the `<article>` of the fragment, with a head holding the title, a
 * little CSS and schema.org `NewsArticle` JSON-LD, the page's only script. Throws a RangeError, before any
 * markup is made, on a time, language or word count no page could carry.
 */
export function htmlPage(story: ExportStory): string {
  const jsonLd = scriptJson(newsArticleJsonLd(story));
  const description = isBlankText(story.subheadline)
    ? []
    : [`<meta name="description" content="${escapeHtml(story.subheadline)}">`];
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(checkedLanguage(story.language))}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(titleOf(story))}</title>`,
    ...description,
    `<style>\n${PAGE_CSS}\n</style>`,
    `<script type="application/ld+json">\n${jsonLd}\n</script>`,
    '</head>',
    '<body>',
    articleHtml(story),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export const htmlFormat: ExportFormat = {
  id: 'html',
  label: 'HTML page',
  fileSuffix: '.html',
  mediaType: 'text/html',
  isText: true,
  export: async (story) => new TextEncoder().encode(htmlPage(story)),
};
