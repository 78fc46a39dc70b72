import type { KeyboardEvent, RefObject, UIEvent } from 'react';
import type { StoryQuery } from '@shared/contract/querySchemas';
import type { PageCache } from './pageCache';
import { rowAt } from './pageCache';
import { COLUMNS, ROW_HEIGHT } from './columns';
import { SortHeader } from './SortHeader';
import { StoryGridRow } from './StoryGridRow';
import type { RowRange } from './visibleRange';

interface StoryGridProps {
  label: string;
  cache: PageCache | null;
  range: RowRange;
  selected: number;
  sort: StoryQuery['sort'];
  rowId: (index: number) => string;
  scroller: RefObject<HTMLDivElement | null>;
  grid: RefObject<HTMLDivElement | null>;
  onScroll: (event: UIEvent<HTMLDivElement>) => void;
  onSort: (key: (typeof COLUMNS)[number]['key']) => void;
  onSelect: (index: number) => void;
  onOpen: (index: number) => void;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
}

/** Only the rows in view are in the DOM; a sizer as tall as every row keeps the scrollbar true. */
export function StoryGrid(props: StoryGridProps) {
  const { cache, range, selected, rowId } = props;
  const total = cache?.total ?? 0;
  const rows = [];
  for (let index = range.start; index < range.end; index += 1) {
    rows.push(
      <StoryGridRow
        key={rowAt(cache, index)?.id ?? `pending-${index}`}
        id={rowId(index)}
        index={index}
        story={rowAt(cache, index)}
        selected={index === selected}
        onSelect={(chosen) => {
          props.onSelect(chosen);
          props.grid.current?.focus();
        }}
        onOpen={props.onOpen}
      />,
    );
  }
  const activeRow = selected >= range.start && selected < range.end ? rowId(selected) : undefined;

  return (
    <div
      ref={props.grid}
      role="grid"
      aria-label={props.label}
      aria-rowcount={total + 1}
      aria-colcount={COLUMNS.length}
      aria-activedescendant={activeRow}
      tabIndex={0}
      className="story-grid"
      onKeyDown={props.onKeyDown}
    >
      <div role="rowgroup" className="grid-head">
        <div role="row" aria-rowindex={1} className="grid-header-row">
          {COLUMNS.map((column) => (
            <SortHeader key={column.key} column={column} sort={props.sort} onSort={props.onSort} />
          ))}
        </div>
      </div>
      <div ref={props.scroller} role="rowgroup" className="grid-body" onScroll={props.onScroll}>
        <div className="grid-sizer" style={{ height: total * ROW_HEIGHT }}>
          {rows}
        </div>
      </div>
    </div>
  );
}
