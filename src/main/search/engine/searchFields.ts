import type { SearchDocument } from '../SearchEngine';

export const SEARCH_FIELDS = ['headline', 'body', 'bylines', 'dateline', 'keywords', 'speakers'] as const;

export type SearchField = (typeof SEARCH_FIELDS)[number];

/** A headline hit ranks above the same hit in the body: the headline says what the story is about. */
export const HEADLINE_BOOST = 3;

/** The words of a query and whether the last one is still being typed (typeahead matches it as a prefix). */
export interface ParsedQuery {
  words: string[];
  lastIsPrefix: boolean;
}

export function searchableText(document: SearchDocument): string {
  return SEARCH_FIELDS.map((field) => document[field]).join('\n');
}
