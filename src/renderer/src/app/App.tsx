import { useCallback, useId, useState } from 'react';
import type { Story } from '@shared/story/story';
import { summarize } from '@shared/story/summarize';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ErrorNotice } from '../common/ErrorNotice';
import type { DetailsChoice } from '../editor/detailsPanel';
import { useFlushOnLeave } from '../editor/saving/useFlushOnLeave';
import { StoryEditor } from '../editor/StoryEditor';
import { useOpenStory } from '../editor/useOpenStory';
import { INITIAL_QUERY } from '../library/home/libraryQuery';
import type { LibraryQueryState } from '../library/home/libraryQuery';
import { LibraryHome } from '../library/home/LibraryHome';
import { LibrarySidebar } from '../library/LibrarySidebar';
import { LibraryStatusBanner } from '../library/LibraryStatusBanner';
import type { LibraryView } from '../library/libraryView';
import { useStoryList } from '../library/useStoryList';
import { ExportDialog } from '../export/ExportDialog';
import { fileDropProps } from '../import/fileDropProps';
import { ImportReportDialog } from '../import/ImportReportDialog';
import { useImportFiles } from '../import/useImportFiles';
import { useMenuCommand } from '../api/EventsContext';
import { RevisionsPanel } from '../revisions/RevisionsPanel';
import { useLibraryShortcut } from './useLibraryShortcut';
import { useStoryActions } from './useStoryActions';

export function App() {
  const [view, setView] = useState<LibraryView>('active');
  const [notice, setNotice] = useState<string | null>(null);
  const [revisionsOpen, setRevisionsOpen] = useState(false);
  const [confirmingPurge, setConfirmingPurge] = useState(false);
  const [exporting, setExporting] = useState(false);
  // Kept here so the writer's open-or-close of the details survives opening another story.
  const [detailsChoice, setDetailsChoice] = useState<DetailsChoice | null>(null);
  const revisionsPanelId = useId();
  // Kept here so the library's search, filters and sort survive opening a story and coming back.
  const [homeQuery, setHomeQuery] = useState<LibraryQueryState>(INITIAL_QUERY);
  const [lastOpenedId, setLastOpenedId] = useState<string | null>(null);

  const list = useStoryList(view);
  const { replace } = list;
  const onSaved = useCallback((story: Story) => replace(summarize(story)), [replace]);
  const session = useOpenStory({ onSaved, report: setNotice });
  const { save, reload } = session;
  const saveOpenStory = useCallback(() => void save(), [save]);
  const reloadOpenStory = useCallback(() => void reload(), [reload]);
  useFlushOnLeave(session);

  const showView = (next: LibraryView) => {
    if (next === view) void list.refresh();
    else setView(next);
  };
  const actions = useStoryActions({ showView, list, session, report: setNotice });
  const refreshList = list.refresh;
  const imports = useImportFiles(useCallback(() => void refreshList(), [refreshList]));
  useMenuCommand('import', () => void imports.importChosen());

  const open = session.current;
  const trashed = open !== null && open.story.trashedAt !== null;

  const showLibrary = () => {
    if (!open) return;
    const id = open.story.id;
    void save().then((saved) => {
      if (!saved) return;
      setLastOpenedId(id);
      session.close();
    });
  };
  useLibraryShortcut(showLibrary);

  return (
    <div className="app" {...fileDropProps((files) => void imports.importFiles(files))}>
      <LibraryStatusBanner />
      {notice && <ErrorNotice message={notice} onDismiss={() => setNotice(null)} />}
      <div className={revisionsOpen && open && !trashed ? 'workspace with-revisions' : 'workspace'}>
        <LibrarySidebar
          view={view}
          list={list}
          selectedId={open?.story.id ?? null}
          onViewChange={setView}
          onOpen={(id) => void session.open(id)}
          onNewStory={open ? actions.newStory : null}
          onShowLibrary={open ? showLibrary : null}
          onImportFiles={(files) => void imports.importFiles(files)}
          importing={imports.progress}
        />
        {open ? (
          <StoryEditor
            key={open.loadId}
            open={open}
            status={session.status}
            conflict={session.conflict}
            revisionsOpen={revisionsOpen}
            revisionsPanelId={revisionsPanelId}
            detailsChoice={detailsChoice}
            actions={{
              onDuplicate: actions.duplicate,
              onTrash: actions.moveToTrash,
              onToggleRevisions: () => setRevisionsOpen((shown) => !shown),
              onRestore: actions.restore,
              onPurge: () => setConfirmingPurge(true),
              onExport: () => setExporting(true),
            }}
            onDetailsChoice={setDetailsChoice}
            onEditMetadata={session.editMetadata}
            onEditBody={session.editBody}
            onSave={saveOpenStory}
            onReload={reloadOpenStory}
          />
        ) : (
          <LibraryHome
            view={view}
            query={homeQuery}
            onQueryChange={setHomeQuery}
            preferredId={lastOpenedId}
            onOpen={(id) => void session.open(id)}
            onNewStory={actions.newStory}
            onChanged={() => void refreshList()}
            report={setNotice}
          />
        )}
        {revisionsOpen && open && !trashed && (
          <RevisionsPanel
            id={revisionsPanelId}
            storyId={open.story.id}
            currentRevision={open.story.revision}
            onRestore={(revision) => void session.restoreRevision(revision)}
            onClose={() => setRevisionsOpen(false)}
          />
        )}
      </div>
      {imports.results && <ImportReportDialog results={imports.results} onClose={imports.dismiss} />}
      {exporting && open && !trashed && (
        <ExportDialog
          storyId={open.story.id}
          status={open.metadata.status}
          save={save}
          onClose={() => setExporting(false)}
        />
      )}
      {confirmingPurge && open && (
        <ConfirmDialog
          title="Delete this story permanently?"
          message={`“${open.metadata.headline || 'Untitled story'}” and all its revisions will be deleted. This cannot be undone.`}
          confirmLabel="Delete permanently"
          onCancel={() => setConfirmingPurge(false)}
          onConfirm={() => {
            setConfirmingPurge(false);
            actions.purge();
          }}
        />
      )}
    </div>
  );
}
