import type { KeyboardEvent } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import type { StoryHit } from '@shared/contract/querySchemas';
import { ConfirmDialog } from '../../common/ConfirmDialog';
import type { LibraryView } from '../libraryView';
import { VIEW_LABELS } from '../libraryView';
import { OVERSCAN, ROW_HEIGHT } from './columns';
import { selectionAfterKey } from './gridKeys';
import { HomeToolbar } from './HomeToolbar';
import { LibraryFilters } from './LibraryFilters';
import type { LibraryQueryState } from './libraryQuery';
import { effectiveSort, hasFilters, nextSort, queryOf } from './libraryQuery';
import { rowAt } from './pageCache';
import { SearchIndexState } from './SearchIndexState';
import { StoryGrid } from './StoryGrid';
import { UndoNotice } from './UndoNotice';
import { useDebouncedValue } from './useDebouncedValue';
import { useFacets } from './useFacets';
import { useHomeActions } from './useHomeActions';
import { usePagedQuery } from './usePagedQuery';
import { useSlashToSearch } from './useSlashToSearch';
import { useViewport } from './useViewport';
import { scrollToShow, visibleRange } from './visibleRange';

export const SEARCH_DEBOUNCE_MS = 150;

const EMPTY_VIEW: Record<LibraryView, string> = {
  active: 'No stories yet: choose “New story” to start one.',
  trash: 'Nothing in the trash.',
};

interface LibraryHomeProps {
  view: LibraryView;
  query: LibraryQueryState;
  onQueryChange: (query: LibraryQueryState) => void;
  /** The story to select when it is listed, such as the one just closed. */
  preferredId: string | null;
  onOpen: (id: string) => void;
  onNewStory: () => void;
  /** Stories were trashed, restored, duplicated or deleted here. */
  onChanged: () => void;
  report: (message: string) => void;
}

/** The app's home: every story of a view, searched, filtered and sorted, a page at a time. */
export function LibraryHome(props: LibraryHomeProps) {
  const { view, query, onQueryChange } = props;
  const baseId = useId();
  const searchBox = useRef<HTMLInputElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const grid = useRef<HTMLDivElement>(null);
  const { viewport, onScroll, scrollTo } = useViewport(scroller);
  const [selected, setSelected] = useState(0);
  const [facetsVersion, setFacetsVersion] = useState(0);
  const [confirmingPurge, setConfirmingPurge] = useState<StoryHit | null>(null);
  const selectWhenListed = useRef<string | null>(props.preferredId);
  useSlashToSearch(searchBox);

  const text = useDebouncedValue(query.text, SEARCH_DEBOUNCE_MS);
  const byline = useDebouncedValue(query.filters.byline, SEARCH_DEBOUNCE_MS);
  const asked = queryOf(view, { ...query, filters: { ...query.filters, byline } }, text);
  const askedKey = JSON.stringify(asked);
  const [total, setTotal] = useState(0);
  const range = visibleRange(viewport, ROW_HEIGHT, total, OVERSCAN);
  const paged = usePagedQuery(asked, range);
  const { cache } = paged;
  const loadedTotal = cache?.total ?? 0;
  if (loadedTotal !== total) setTotal(loadedTotal);
  const clamped = Math.min(selected, total - 1);
  const selectedStory = rowAt(cache, clamped);

  // A new question starts at the top of its answer; the same question asked again keeps its place.
  const previousKey = useRef(askedKey);
  useEffect(() => {
    if (previousKey.current === askedKey) return;
    previousKey.current = askedKey;
    setSelected(0);
    scrollTo(0);
  }, [askedKey, scrollTo]);

  useEffect(() => {
    const wanted = selectWhenListed.current;
    if (!wanted || !cache) return;
    for (const [offset, items] of cache.pages) {
      const at = items.findIndex((item) => item.id === wanted);
      if (at === -1) continue;
      selectWhenListed.current = null;
      setSelected(offset + at);
      scrollTo(scrollToShow(offset + at, viewport, ROW_HEIGHT));
      return;
    }
  }, [cache, scrollTo, viewport]);

  const { refetch } = paged;
  const { onChanged } = props;
  const actions = useHomeActions({
    changed: () => {
      refetch();
      setFacetsVersion((version) => version + 1);
      onChanged();
    },
    selectWhenListed: (id) => (selectWhenListed.current = id),
    report: props.report,
  });
  const facets = useFacets(view, facetsVersion);

  function select(index: number) {
    setSelected(index);
    scrollTo(scrollToShow(index, viewport, ROW_HEIGHT));
  }

  function open(index: number) {
    const story = rowAt(cache, index);
    if (story) props.onOpen(story.id);
  }

  function removeSelected() {
    if (!selectedStory) return;
    if (view === 'active') actions.moveToTrash(selectedStory);
    else setConfirmingPurge(selectedStory);
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>, fromSearch = false) {
    const page = Math.max(1, Math.floor(viewport.height / ROW_HEIGHT) - 1);
    // In the search box, Home and End belong to the text.
    const moved =
      fromSearch && ['Home', 'End'].includes(event.key)
        ? null
        : selectionAfterKey(event.key, clamped, total, page);
    if (moved !== null) select(moved);
    else if (event.key === 'Enter') open(clamped);
    else if (event.key === 'Delete' && !fromSearch) removeSelected();
    else return;
    event.preventDefault();
  }

  const sort = effectiveSort(query, text);
  const label = VIEW_LABELS[view];
  return (
    <main className="library-home" aria-label="Library">
      <div className="home-head">
        <h2 className="home-title">{label}</h2>
        <p className="home-count">
          {paged.loading ? 'Loading…' : `${total.toLocaleString()} ${total === 1 ? 'story' : 'stories'}`}
        </p>
        <HomeToolbar
          view={view}
          selected={selectedStory}
          onNewStory={props.onNewStory}
          onOpen={(story) => props.onOpen(story.id)}
          onDuplicate={actions.duplicate}
          onTrash={actions.moveToTrash}
          onRestore={actions.restore}
          onPurge={setConfirmingPurge}
        />
      </div>
      <input
        ref={searchBox}
        type="search"
        className="home-search"
        aria-label="Search stories"
        placeholder="Search stories  ( / )"
        value={query.text}
        maxLength={200}
        onChange={(event) => onQueryChange({ ...query, text: event.target.value })}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && query.text !== '') {
            event.preventDefault();
            onQueryChange({ ...query, text: '' });
          } else onKeyDown(event, true);
        }}
      />
      <LibraryFilters
        filters={query.filters}
        facets={facets}
        onChange={(filters) => onQueryChange({ ...query, filters })}
      />
      <SearchIndexState search={cache?.search} />
      {paged.error && (
        <div className="inline-error" role="alert">
          <p>Could not load the stories: {paged.error}</p>
          <button type="button" onClick={refetch}>
            Try again
          </button>
        </div>
      )}
      <StoryGrid
        label={label}
        cache={cache}
        range={range}
        selected={clamped}
        sort={sort}
        rowId={(index) => `${baseId}-row-${index}`}
        scroller={scroller}
        grid={grid}
        onScroll={onScroll}
        onSort={(key) => onQueryChange({ ...query, sort: nextSort(sort, key) })}
        onSelect={setSelected}
        onOpen={open}
        onKeyDown={onKeyDown}
      />
      {!paged.loading && total === 0 && (
        <p className="home-empty">
          {asked.text !== '' || hasFilters(asked.filters) ? 'No stories match.' : EMPTY_VIEW[view]}
        </p>
      )}
      <UndoNotice offer={actions.undoOffer} onDismiss={actions.dismissUndo} />
      {confirmingPurge && (
        <ConfirmDialog
          title="Delete this story permanently?"
          message={`“${confirmingPurge.headline || 'Untitled story'}” and all its revisions will be deleted. This cannot be undone.`}
          confirmLabel="Delete permanently"
          onCancel={() => setConfirmingPurge(null)}
          onConfirm={() => {
            actions.purge(confirmingPurge);
            setConfirmingPurge(null);
            grid.current?.focus();
          }}
        />
      )}
    </main>
  );
}
