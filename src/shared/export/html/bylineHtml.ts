import type { Byline } from '../../story/story';
import { bylineParts } from '../model/bylineParts';
import { escapeHtml } from './escapeHtml';

const CLASSES = { name: 'author', title: 'author-title', organization: 'author-organization' } as const;

/** "By Jane Doe, Staff Correspondent, …" with each name, title and organization in a span of its own. */
export function bylineHtml(bylines: readonly Byline[]): string {
  return bylineParts(bylines)
    .map(({ role, text }) =>
      role === 'joiner' ? escapeHtml(text) : `<span class="${CLASSES[role]}">${escapeHtml(text)}</span>`,
    )
    .join('');
}
