import type { StoryQuery } from '@shared/contract/querySchemas';
import type { Column } from './columns';

interface SortHeaderProps {
  column: Column;
  sort: StoryQuery['sort'];
  onSort: (key: Column['key']) => void;
}

export function SortHeader({ column, sort, onSort }: SortHeaderProps) {
  const sorted = sort.key === column.key;
  const direction = sort.direction === 'asc' ? 'ascending' : 'descending';
  return (
    <div role="columnheader" className="grid-header-cell" aria-sort={sorted ? direction : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
        {column.label}
        <span className="sort-arrow" aria-hidden="true">
          {sorted ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
        </span>
      </button>
    </div>
  );
}
