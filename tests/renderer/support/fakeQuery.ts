import type { LibraryFacets, SearchState, StoryQuery, StoryQueryPage } from '@shared/contract/querySchemas';
import type { EditorNodeJson } from '@shared/story/editorDocument';
import type { Story } from '@shared/story/story';
import { summarize } from '@shared/story/summarize';

/** Case and accents do not count, as in main's search. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function textOf(node: EditorNodeJson): string {
  if (typeof node.text === 'string') return node.text;
  return (node.content ?? []).map(textOf).join(' ');
}

function searchableText(story: Story): string {
  return [
    story.headline,
    textOf(story.body),
    ...story.bylines.map((byline) => byline.name),
    summarize(story).datelineCity,
    ...story.keywords,
    ...story.quotes.map((quote) => quote.speaker),
  ].join(' ');
}

const wordsOf = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

/** Every word that starts with one of the query's words: prefix matching, as main offers. */
function matchedWords(text: string, terms: string[]): string[] {
  return wordsOf(text).filter((word) => terms.some((term) => fold(word).startsWith(term)));
}

function snippetOf(body: string, terms: string[]): string {
  const words = wordsOf(body);
  const first = words.findIndex((word) => terms.some((term) => fold(word).startsWith(term)));
  if (first === -1) return words.slice(0, 20).join(' ');
  return words.slice(Math.max(0, first - 8), first + 12).join(' ');
}

// Plain comparison: ISO times and ids sort correctly by code unit, and far faster than localeCompare.
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compareBy(key: StoryQuery['sort']['key'], a: Story, b: Story): number {
  switch (key) {
    case 'wordCount':
      return a.wordCount - b.wordCount;
    case 'byline':
      return (a.bylines[0]?.name ?? '').localeCompare(b.bylines[0]?.name ?? '');
    case 'datelineCity':
      return summarize(a).datelineCity.localeCompare(summarize(b).datelineCity);
    case 'relevance':
      return 0;
    case 'updatedAt':
      return byCodeUnit(a.updatedAt, b.updatedAt);
    default:
      return String(a[key]).localeCompare(String(b[key]));
  }
}

function passesFilters(story: Story, { filters }: StoryQuery): boolean {
  const day = story.updatedAt.slice(0, 10);
  const byline = filters.byline.toLowerCase();
  return (
    (filters.statuses.length === 0 || filters.statuses.includes(story.status)) &&
    (filters.section === '' || story.section === filters.section) &&
    (byline === '' || story.bylines.some((entry) => entry.name.toLowerCase().includes(byline))) &&
    (filters.keyword === '' ||
      story.keywords.some((keyword) => keyword.toLowerCase() === filters.keyword.toLowerCase())) &&
    (filters.changedFrom === null || day >= filters.changedFrom) &&
    (filters.changedTo === null || day <= filters.changedTo)
  );
}

/** A simple, whole-library version of main's `story:query`: good enough to drive the view in tests. */
export function queryStories(
  stories: Iterable<Story>,
  query: StoryQuery,
  search: SearchState,
): StoryQueryPage {
  const terms = wordsOf(query.text).map(fold);
  const scored: { story: Story; score: number }[] = [];
  for (const story of stories) {
    if ((query.view === 'trash') !== (story.trashedAt !== null) || !passesFilters(story, query)) continue;
    if (terms.length === 0) {
      scored.push({ story, score: 0 });
      continue;
    }
    const words = matchedWords(searchableText(story), terms).map(fold);
    if (!terms.every((term) => words.some((word) => word.startsWith(term)))) continue;
    scored.push({ story, score: words.length + 10 * matchedWords(story.headline, terms).length });
  }
  const { key, direction } = query.sort;
  const sign = direction === 'asc' ? 1 : -1;
  scored.sort(
    (a, b) =>
      (key === 'relevance' ? b.score - a.score : sign * compareBy(key, a.story, b.story)) ||
      byCodeUnit(b.story.updatedAt, a.story.updatedAt) ||
      byCodeUnit(a.story.id, b.story.id),
  );
  const items = scored.slice(query.offset, query.offset + query.limit).map(({ story }) => {
    const snippet = terms.length === 0 ? '' : snippetOf(textOf(story.body), terms);
    const highlights = [...new Set(matchedWords(`${story.headline} ${snippet}`, terms))];
    return { ...summarize(story), snippet, highlights };
  });
  return { total: scored.length, items, search };
}

export function facetsOf(stories: Iterable<Story>, view: 'active' | 'trash'): LibraryFacets {
  const sections = new Set<string>();
  const keywords = new Set<string>();
  const bylines = new Set<string>();
  for (const story of stories) {
    if ((view === 'trash') !== (story.trashedAt !== null)) continue;
    if (story.section) sections.add(story.section);
    story.keywords.forEach((keyword) => keywords.add(keyword));
    story.bylines.forEach((byline) => bylines.add(byline.name));
  }
  const sorted = (values: Set<string>) => [...values].sort((a, b) => a.localeCompare(b));
  return { sections: sorted(sections), keywords: sorted(keywords), bylines: sorted(bylines) };
}
