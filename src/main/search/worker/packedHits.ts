import type { SearchHits } from '../SearchEngine';

/** SearchHits as they cross to main: the ids as one string, which is copied whole rather than id by id. */
export interface PackedHits {
  ids: string;
  count: number;
  total: number;
  scores: Float64Array;
  terms: string[];
}

// Story ids are UUIDs or slugs of letters, digits and dashes: a line break never occurs in one.
const SEPARATOR = '\n';

export function packHits({ ids, scores, terms, total }: SearchHits): PackedHits {
  return { ids: ids.join(SEPARATOR), count: ids.length, scores, terms, total };
}

export function unpackHits({ ids, count, scores, terms, total }: PackedHits): SearchHits {
  return { ids: count === 0 ? [] : ids.split(SEPARATOR), scores, terms, total };
}
