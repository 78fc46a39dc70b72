import type { StoryPage } from '@shared/contract/schemas';
import type { StorySummary } from '@shared/story/story';
import type { ListQuery } from './StoryRepository';
import { SortedSummaries } from './SortedSummaries';

/** Every story's summary, in memory: lists and counts never touch the disk. */
export class StoryIndex {
  private readonly byId = new Map<string, StorySummary>();
  private readonly active: SortedSummaries;
  private readonly trash: SortedSummaries;

  constructor(summaries: Iterable<StorySummary> = []) {
    for (const summary of summaries) this.byId.set(summary.id, summary);
    const all = [...this.byId.values()];
    this.active = new SortedSummaries(all.filter((summary) => summary.trashedAt === null));
    this.trash = new SortedSummaries(all.filter((summary) => summary.trashedAt !== null));
  }

  get(id: string): StorySummary | undefined {
    return this.byId.get(id);
  }

  put(summary: StorySummary): void {
    const previous = this.byId.get(summary.id);
    this.byId.set(summary.id, summary);
    const view = this.viewOf(summary);
    if (previous && this.viewOf(previous) === view) return view.replace(previous, summary);
    if (previous) this.viewOf(previous).remove(previous);
    view.insert(summary);
  }

  remove(id: string): void {
    const previous = this.byId.get(id);
    if (!previous) return;
    this.byId.delete(id);
    this.viewOf(previous).remove(previous);
  }

  page(query: ListQuery): StoryPage {
    const view = query.view === 'trash' ? this.trash : this.active;
    return { total: view.size, items: view.slice(query.offset, query.limit) };
  }

  get activeCount(): number {
    return this.active.size;
  }

  get trashCount(): number {
    return this.trash.size;
  }

  get size(): number {
    return this.byId.size;
  }

  toRecord(): Record<string, StorySummary> {
    return Object.fromEntries(this.byId);
  }

  private viewOf(summary: StorySummary): SortedSummaries {
    return summary.trashedAt === null ? this.active : this.trash;
  }
}
