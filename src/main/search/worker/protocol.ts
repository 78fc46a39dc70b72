import type { SearchDocument, SearchView } from '../SearchEngine';
import type { PackedHits } from './packedHits';
import type { UnusableReason } from '../persistedIndex';

/** What the worker is started with: `workerData` for a thread, the constructor's argument in process. */
export interface SearchWorkerInit {
  /** The engine kind's name; the worker finds the kind itself, since functions cannot cross threads. */
  engine: string;
  /** Where the index is persisted. */
  indexFile: string;
}

export interface IndexedDocument {
  document: SearchDocument;
  revision: number;
}

export type SearchRequest =
  | { op: 'open' }
  | { op: 'add'; documents: IndexedDocument[] }
  | { op: 'remove'; ids: string[] }
  | { op: 'trash'; ids: string[]; trashed: boolean }
  | { op: 'search'; text: string; limit: number; view?: SearchView }
  | { op: 'persist' };

/** Why there was nothing to load: the service then rebuilds from the story files. */
export type OpenOutcome =
  { loaded: true; revisions: Record<string, number> } | { loaded: false; reason: 'missing' | UnusableReason };

export interface SearchReplies {
  open: OpenOutcome;
  add: { size: number };
  remove: { size: number };
  trash: { size: number };
  search: PackedHits;
  persist: { bytes: number };
}

export type SearchReply<R extends SearchRequest> = SearchReplies[R['op']];

/** A request as it crosses to the worker, numbered so the answer finds its caller. */
export interface RequestEnvelope {
  seq: number;
  request: SearchRequest;
}

export type ReplyEnvelope =
  | { seq: number; ok: true; value: SearchReplies[keyof SearchReplies] }
  | { seq: number; ok: false; message: string };
