import type { LibraryFacets } from '@shared/contract/querySchemas';
import type { StorySummary } from '@shared/story/story';
import { storyCollator } from './compareEntries';

class Counter {
  private readonly counts = new Map<string, number>();

  add(value: string, by: number): void {
    if (value === '') return;
    const count = (this.counts.get(value) ?? 0) + by;
    if (count > 0) this.counts.set(value, count);
    else this.counts.delete(value);
  }

  /**
   * Alphabetical (as the list sorts), not most used first: a filter's menu is scanned for a name one already
   * knows. With `caseless`, spellings that differ only in case are one value, as the filter treats them.
   */
  sorted(caseless: boolean): string[] {
    const values = [...this.counts.keys()].sort(
      (a, b) => storyCollator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0),
    );
    if (!caseless) return values;
    const seen = new Set<string>();
    return values.filter((value) => !seen.has(value.toLowerCase()) && seen.add(value.toLowerCase()));
  }
}

/** How many stories of a view use each section, keyword and byline name, kept as stories change. */
export class FacetCounts {
  private readonly sections = new Counter();
  private readonly keywords = new Counter();
  private readonly bylines = new Counter();

  add(summary: StorySummary): void {
    this.count(summary, 1);
  }

  remove(summary: StorySummary): void {
    this.count(summary, -1);
  }

  facets(): LibraryFacets {
    return {
      sections: this.sections.sorted(false),
      keywords: this.keywords.sorted(true),
      bylines: this.bylines.sorted(false),
    };
  }

  private count(summary: StorySummary, by: number): void {
    this.sections.add(summary.section, by);
    for (const keyword of summary.keywords) this.keywords.add(keyword, by);
    for (const byline of summary.bylines) this.bylines.add(byline.name, by);
  }
}
