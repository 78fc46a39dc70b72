import type { ExportStory } from '../model/exportStory';
import { isBlankText } from '../model/publishableText';
import { checkedTime } from '../model/storyTime';
import { apDateTime } from './apDateTime';
import { bylineHtml } from './bylineHtml';
import { escapeHtml } from './escapeHtml';

const timeHtml = (isoTime: string) => `<time datetime="${escapeHtml(isoTime)}">${apDateTime(isoTime)}</time>`;

// The story has no publication time of its own: its first version stands for it, as in the JSON-LD's
// datePublished, and the time of this version follows when it differs.
function timesHtml(story: ExportStory): string {
  const created = checkedTime('creation time', story.createdAt);
  const updated = checkedTime('update time', story.updatedAt);
  const published = `Published ${timeHtml(created)}`;
  if (Date.parse(updated) === Date.parse(created)) return published;
  return `${published} · Updated ${timeHtml(updated)}`;
}

/** The article's header: headline, subheadline, byline and times, each left out when the story has none. */
export function headerHtml(story: ExportStory): string {
  const lines = ['<header>'];
  if (!isBlankText(story.headline)) lines.push(`<h1>${escapeHtml(story.headline)}</h1>`);
  if (!isBlankText(story.subheadline)) {
    lines.push(`<p class="subheadline">${escapeHtml(story.subheadline)}</p>`);
  }
  const byline = bylineHtml(story.bylines);
  if (byline) lines.push(`<p class="byline">${byline}</p>`);
  lines.push(`<p class="times">${timesHtml(story)}</p>`, '</header>');
  return lines.join('\n');
}
