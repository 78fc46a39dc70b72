import { MEDIA } from '../html/unreadableParts';

// Readability removes frames and objects from the article it extracts; these are what it takes out.
const EMBEDS = new Set(['iframe', 'object', 'embed', 'video', 'audio']);
const OUTSIDE =
  'nav, footer, aside, header, [role="navigation"], [role="contentinfo"], [role="complementary"]';

/**
 * The embedded frames, objects and players of the page's main part that the extracted article no longer
 * holds, so the report says they were there: Readability leaves them out without a word.
 */
export function leftOutEmbeds(page: Element, article: Element): string[] {
  const left: string[] = [];
  for (const [tag, label] of MEDIA) {
    if (!EMBEDS.has(tag)) continue;
    const onPage = [...page.querySelectorAll(tag)].filter(
      (element) => !element.closest(OUTSIDE) && !element.parentElement?.closest('object, video, audio'),
    ).length;
    const kept = article.querySelectorAll(tag).length;
    for (let count = kept; count < onPage; count += 1) left.push(`${label}, left out by the article reader`);
  }
  return left;
}
