import type { LibraryStatus, StoryPage } from '@shared/contract/schemas';
import type { CatalogPage, CatalogQuery } from '../catalog/CatalogQuery';
import { entryFilterOf } from '../catalog/entryFilter';
import type { ListQuery } from '../StoryRepository';
import type { IndexHead } from './indexHead';

/**
 * The answers a fresh head gives exactly as the full catalog would: the active view, newest first, unfiltered,
 * within the stories the head holds. Undefined for anything else, which must wait for the full catalog.
 */
export class LibraryHead {
  constructor(
    private readonly head: IndexHead,
    private readonly path: string,
  ) {}

  query(query: CatalogQuery): CatalogPage | undefined {
    if (query.onlyIds || entryFilterOf(query.filters)) return undefined;
    const { key, direction } = query.sort;
    // 'relevance' without search hits is newest first in the catalog too.
    const newestFirst = key === 'relevance' || (key === 'updatedAt' && direction === 'desc');
    if (!newestFirst) return undefined;
    return this.list({ view: query.view, offset: query.offset, limit: query.limit });
  }

  list(query: ListQuery): StoryPage | undefined {
    if (query.view !== 'active') return undefined;
    const { newest, activeCount } = this.head;
    const end = query.offset + query.limit;
    if (end > newest.length && newest.length < activeCount) return undefined;
    return { total: activeCount, items: newest.slice(query.offset, end) };
  }

  /** Exact too: a fresh head means the full open reads no story file, so it cannot quarantine or rebuild. */
  status(): LibraryStatus {
    const { activeCount, trashCount } = this.head;
    return { path: this.path, activeCount, trashCount, quarantined: [], indexRebuilt: false };
  }
}
