import { useId } from 'react';
import { ImportButton } from '../import/ImportButton';
import type { LibraryView } from './libraryView';
import { EmptyLibrary } from './EmptyLibrary';
import { StoryList } from './StoryList';
import type { StoryList as StoryListState } from './useStoryList';
import { ViewTabs } from './ViewTabs';

interface LibrarySidebarProps {
  view: LibraryView;
  list: StoryListState;
  selectedId: string | null;
  onViewChange: (view: LibraryView) => void;
  onOpen: (id: string) => void;
  /** Null while the library view is on screen, which offers its own. */
  onNewStory: (() => void) | null;
  /** Goes back to the library view from an open story; null while it is on screen. */
  onShowLibrary: (() => void) | null;
  onImportFiles: (files: File[]) => void;
  /** How far an import has come, or null when none is running. */
  importing: { done: number; total: number } | null;
}

export function LibrarySidebar({
  view,
  list,
  selectedId,
  onViewChange,
  onOpen,
  onNewStory,
  onShowLibrary,
  onImportFiles,
  importing,
}: LibrarySidebarProps) {
  const baseId = useId();
  const panelId = `${baseId}-panel`;
  const tabId = (option: LibraryView) => `${baseId}-${option}`;
  const empty = list.items.length === 0 && !list.loading && !list.error;

  return (
    <nav className="library" aria-label="Library">
      <div className="library-head">
        <h1 className="app-title">Copydesk</h1>
        {onShowLibrary && (
          <button type="button" title="Library (Ctrl+Shift+L)" onClick={onShowLibrary}>
            Library
          </button>
        )}
        {onNewStory && (
          <button type="button" className="primary" onClick={onNewStory}>
            New story
          </button>
        )}
        <ImportButton onFiles={onImportFiles} busy={importing !== null} />
      </div>
      {importing && (
        <p className="import-progress" role="status">
          Importing {importing.done + 1} of {importing.total}…
        </p>
      )}
      <ViewTabs view={view} panelId={panelId} tabId={tabId} onChange={onViewChange} />
      <div className="library-panel" id={panelId} role="tabpanel" aria-labelledby={tabId(view)}>
        {list.error && (
          <div className="inline-error" role="alert">
            <p>Could not load the stories: {list.error}</p>
            <button type="button" onClick={() => void list.refresh()}>
              Try again
            </button>
          </div>
        )}
        <StoryList view={view} stories={list.items} selectedId={selectedId} onOpen={onOpen} />
        {empty && <EmptyLibrary view={view} />}
        {list.loading && <p className="library-loading">Loading stories…</p>}
        {!list.loading && list.items.length < list.total && (
          <button type="button" className="load-more" onClick={() => void list.loadMore()}>
            Load more
          </button>
        )}
      </div>
    </nav>
  );
}
