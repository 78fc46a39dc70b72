import type { ColumnSort } from './libraryQuery';

export interface Column {
  key: ColumnSort['key'];
  label: string;
}

export const COLUMNS: readonly Column[] = [
  { key: 'headline', label: 'Headline' },
  { key: 'slug', label: 'Slug' },
  { key: 'byline', label: 'Byline' },
  { key: 'section', label: 'Section' },
  { key: 'status', label: 'Status' },
  { key: 'datelineCity', label: 'Dateline' },
  { key: 'wordCount', label: 'Words' },
  { key: 'updatedAt', label: 'Last change' },
];

/** Fixed, so the scroll height of any number of rows is known without rendering them. */
export const ROW_HEIGHT = 52;
export const OVERSCAN = 10;
