/** One story as the search index sees it: each searchable part of it as plain text. */
export interface SearchDocument {
  id: string;
  headline: string;
  /** The body's text, dateline and quotes included, editor's notes left out. */
  body: string;
  /** Every byline's name, title and organization. */
  bylines: string;
  /** The dateline as printed and its city and region. */
  dateline: string;
  keywords: string;
  /** Quote speakers, from quote attributions and the story's quote list. */
  speakers: string;
}

/** One search's answer in columns: it crosses to main as two arrays rather than thousands of objects. */
export interface SearchHits {
  /** Best first. */
  ids: string[];
  /** `scores[i]` is `ids[i]`'s: higher is better, comparable only within one answer. */
  scores: Float64Array;
  /** The words to mark in the matching stories, as the index holds them (lowercase); a prefix marks the words it begins. */
  terms: string[];
  /** Every story that matched in the view asked for; `ids` holds the best `limit` of them. */
  total: number;
}

export const noHits = (): SearchHits => ({ ids: [], scores: new Float64Array(0), terms: [], total: 0 });

/** The library's two views: a search asks for one, or for both when it names none. */
export type SearchView = 'active' | 'trash';

/**
 * A full-text index of stories: prefix matching on the last word typed (typeahead) and typo tolerance on the
 * others. The app's own compact index and adapters of MiniSearch and FlexSearch implement it, and are measured
 * against each other in bench/search-engines.bench.ts.
 */
export interface SearchEngine {
  readonly size: number;
  /** Adds the story, replacing what was indexed for its id. */
  add(document: SearchDocument): void;
  remove(id: string): void;
  has(id: string): boolean;
  /**
   * Moves stories to the trash view or back. Not persisted: the library says which stories are in the trash
   * each time the index starts, and trashing one re-indexes nothing.
   */
  setTrashed(ids: readonly string[], trashed: boolean): void;
  /** Best first, at most `limit` stories, of `view` or of both. */
  search(text: string, limit: number, view?: SearchView): SearchHits;
  /** The whole index as bytes, to persist beside the library. */
  serialize(): Uint8Array;
}

export interface SearchEngineKind {
  name: string;
  create(): SearchEngine;
  /** Throws when `serialized` was not written by `serialize` of this kind (corrupt or another version). */
  load(serialized: Uint8Array): SearchEngine;
}
