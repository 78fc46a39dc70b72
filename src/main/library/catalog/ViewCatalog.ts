import type { LibraryFacets } from '@shared/contract/querySchemas';
import type { CatalogEntry } from './CatalogEntry';
import type { CatalogSort } from './CatalogQuery';
import { comparatorFor, newestFirst, sortTextOf } from './compareEntries';
import { FacetCounts } from './FacetCounts';
import { SortedEntries } from './SortedEntries';

const orderName = (sort: CatalogSort) => `${sort.key}:${sort.direction}`;

/**
 * One view's stories (active or trash) in every order asked for so far. Newest first is always kept, since it
 * is the first page shown; any other order is built on first use and then kept up to date like it, so sorting
 * by a column costs one sort once and a binary search per change afterwards.
 */
export class ViewCatalog {
  private readonly newest: SortedEntries;
  private readonly orders = new Map<string, SortedEntries>();
  private counts: FacetCounts | undefined;

  constructor(entries: CatalogEntry[]) {
    this.newest = new SortedEntries(newestFirst, entries);
  }

  get size(): number {
    return this.newest.size;
  }

  /** The order of `sort`; 'relevance' without scores to rank by is newest first. */
  order(sort: CatalogSort): SortedEntries {
    if (sort.key === 'relevance' || (sort.key === 'updatedAt' && sort.direction === 'desc'))
      return this.newest;
    const name = orderName(sort);
    let order = this.orders.get(name);
    if (!order) {
      const textOf = sortTextOf(sort.key);
      const approximate = textOf && { textOf, sign: sort.direction === 'asc' ? (1 as const) : (-1 as const) };
      order = new SortedEntries(comparatorFor(sort), [...this.newest.all()], approximate);
      this.orders.set(name, order);
    }
    return order;
  }

  facets(): LibraryFacets {
    if (!this.counts) {
      this.counts = new FacetCounts();
      for (const entry of this.newest.all()) this.counts.add(entry.summary);
    }
    return this.counts.facets();
  }

  insert(entry: CatalogEntry): void {
    this.newest.insert(entry);
    for (const order of this.orders.values()) order.insert(entry);
    this.counts?.add(entry.summary);
  }

  replace(previous: CatalogEntry, next: CatalogEntry): void {
    this.newest.replace(previous, next);
    for (const order of this.orders.values()) order.replace(previous, next);
    this.counts?.remove(previous.summary);
    this.counts?.add(next.summary);
  }

  remove(entry: CatalogEntry): void {
    this.newest.remove(entry);
    for (const order of this.orders.values()) order.remove(entry);
    this.counts?.remove(entry.summary);
  }
}
