import { memo, useCallback, useId, useRef } from 'react';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Observable } from '../common/Observable';
import { useIsWiderThan } from '../common/useIsWiderThan';
import { MetadataPanel } from '../metadata/MetadataPanel';
import { ConflictAlert } from './ConflictAlert';
import type { DetailsChoice } from './detailsPanel';
import { ROOM_FOR_DOCKED_DETAILS_PX, detailsOpen } from './detailsPanel';
import { SaveBar } from './SaveBar';
import type { SaveStatus } from './saveStatus';
import { StoryActions } from './StoryActions';
import { StoryBody } from './StoryBody';
import { StoryHeadlines } from './StoryHeadlines';
import { useLiveWordCount } from './wordCount/useLiveWordCount';
import type { OpenStory, StoryMetadata } from './useStoryDraft';
import { useSaveShortcut } from './useSaveShortcut';

// The body editor never needs to re-render for a metadata edit or a save.
const Body = memo(StoryBody);

export interface StoryEditorActions {
  onDuplicate: () => void;
  onTrash: () => void;
  onToggleRevisions: () => void;
  onRestore: () => void;
  onPurge: () => void;
  onExport: () => void;
}

interface StoryEditorProps {
  open: OpenStory;
  status: Observable<SaveStatus>;
  conflict: boolean;
  revisionsOpen: boolean;
  revisionsPanelId: string;
  detailsChoice: DetailsChoice | null;
  actions: StoryEditorActions;
  onDetailsChoice: (choice: DetailsChoice) => void;
  onEditMetadata: (changes: Partial<StoryMetadata>) => void;
  onEditBody: (body: ProseMirrorNode) => void;
  onSave: () => void;
  onReload: () => void;
}

/** Mounted once per load of a story (keyed by its load id), so every field starts from what was loaded. */
export function StoryEditor({
  open,
  status,
  conflict,
  revisionsOpen,
  revisionsPanelId,
  detailsChoice,
  actions,
  onDetailsChoice,
  onEditMetadata,
  onEditBody,
  onSave,
  onReload,
}: StoryEditorProps) {
  const { metadata, story } = open;
  const trashed = story.trashedAt !== null;
  const pane = useRef<HTMLElement>(null);
  const detailsToggle = useRef<HTMLButtonElement>(null);
  const detailsId = useId();
  const roomy = useIsWiderThan(pane, ROOM_FOR_DOCKED_DETAILS_PX);
  const showDetails = detailsOpen(detailsChoice, roomy);
  const wordCount = useLiveWordCount(open.initialBody);
  useSaveShortcut(onSave, !trashed);

  const onBodyChange = useCallback(
    (body: ProseMirrorNode) => {
      onEditBody(body);
      wordCount.update(body);
    },
    [onEditBody, wordCount],
  );

  const closeDetails = () => {
    onDetailsChoice({ open: false, roomy });
    detailsToggle.current?.focus();
  };

  return (
    <main ref={pane} className="editor-pane">
      <header className="editor-header">
        <p className="editor-kicker">
          {trashed ? 'In the trash · read only' : `Revision ${story.revision}`}
          {metadata.slug && <span className="editor-slug">{metadata.slug}</span>}
        </p>
        <div className="editor-header-actions">
          <StoryActions
            trashed={trashed}
            revisionsOpen={revisionsOpen}
            revisionsPanelId={revisionsPanelId}
            {...actions}
          />
          <button
            ref={detailsToggle}
            type="button"
            className="details-toggle"
            aria-expanded={showDetails}
            aria-controls={showDetails ? detailsId : undefined}
            onClick={() => onDetailsChoice({ open: !showDetails, roomy })}
          >
            Story details
          </button>
        </div>
      </header>
      {conflict && <ConflictAlert onReload={onReload} />}
      {trashed && <p className="read-only-note">This story is in the trash. Restore it to edit it again.</p>}
      <div className="editor-columns">
        <div className="copy-column">
          <StoryHeadlines
            headline={metadata.headline}
            subheadline={metadata.subheadline}
            readOnly={trashed}
            focusHeadline={open.focusHeadline}
            onEdit={onEditMetadata}
          />
          <Body initialBody={open.initialBody} editable={!trashed} onChange={onBodyChange} />
        </div>
        {showDetails && (
          <MetadataPanel
            id={detailsId}
            metadata={metadata}
            readOnly={trashed}
            docked={roomy}
            onEdit={onEditMetadata}
            onClose={closeDetails}
          />
        )}
      </div>
      <SaveBar
        status={status}
        wordCount={wordCount}
        targetWords={metadata.targetWords}
        readOnly={trashed}
        onSave={onSave}
      />
    </main>
  );
}
