import { isSafeLinkHref } from '../../editor/link/safeLinkHref';
import type { Inline, TextRun } from '../model/exportStory';
import { escapeHtml } from './escapeHtml';

function runHtml(run: TextRun): string {
  let html = escapeHtml(run.text);
  if (run.strike) html = `<s>${html}</s>`;
  if (run.underline) html = `<u>${html}</u>`;
  if (run.italic) html = `<em>${html}</em>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  // The editor only keeps safe links; checking again costs nothing and holds for hand-edited files.
  if (run.href !== null && isSafeLinkHref(run.href)) html = `<a href="${escapeHtml(run.href)}">${html}</a>`;
  return html;
}

export function inlineHtml(inlines: readonly Inline[]): string {
  return inlines.map((inline) => (inline.kind === 'break' ? '<br>' : runHtml(inline))).join('');
}
