import type {
  SearchDocument,
  SearchEngine,
  SearchEngineKind,
  SearchHits,
  SearchView,
} from '../../../../src/main/search/SearchEngine';
import { TrashedStories } from '../../../../src/main/search/engine/TrashedStories';

const FIELDS = ['headline', 'body', 'bylines', 'dateline', 'keywords', 'speakers'] as const;

function textOf(document: SearchDocument): string {
  return FIELDS.map((field) => document[field])
    .join('\n')
    .toLowerCase();
}

/** A tiny engine for tests: a story matches when it contains every word of the query. */
export class SubstringEngine implements SearchEngine {
  private readonly trashed = new TrashedStories();

  constructor(readonly documents = new Map<string, SearchDocument>()) {}

  get size(): number {
    return this.documents.size;
  }

  add(document: SearchDocument): void {
    this.documents.set(document.id, document);
  }

  remove(id: string): void {
    this.documents.delete(id);
  }

  has(id: string): boolean {
    return this.documents.has(id);
  }

  search(text: string, limit: number, view?: SearchView): SearchHits {
    const terms = text.toLowerCase().split(/\s+/).filter(Boolean);
    const ids: string[] = [];
    for (const document of this.documents.values()) {
      const haystack = textOf(document);
      if (terms.length > 0 && terms.every((term) => haystack.includes(term))) ids.push(document.id);
    }
    return this.trashed.narrow(
      ids.map((id) => ({ id, score: 1 })),
      terms,
      limit,
      view,
    );
  }

  setTrashed(ids: readonly string[], trashed: boolean): void {
    this.trashed.set(ids, trashed);
  }

  serialize(): Uint8Array {
    return Buffer.from(JSON.stringify({ substring: 1, documents: [...this.documents.values()] }));
  }
}

export const substringEngineKind: SearchEngineKind = {
  name: 'substring',
  create: () => new SubstringEngine(),
  load: (serialized) => {
    const parsed = JSON.parse(Buffer.from(serialized).toString('utf8')) as {
      substring?: number;
      documents?: SearchDocument[];
    };
    if (parsed.substring !== 1 || !Array.isArray(parsed.documents)) throw new Error('Not a substring index.');
    return new SubstringEngine(new Map(parsed.documents.map((document) => [document.id, document])));
  },
};
