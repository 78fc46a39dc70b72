import { useMemo } from 'react';
import { wordCountOf } from '@shared/story/wordCount';
import { TextField } from '../common/TextField';
import { ConflictAlert } from './ConflictAlert';
import { SaveBar } from './SaveBar';
import type { SaveStatus } from './saveStatus';
import { StoryActions } from './StoryActions';
import { StoryBody } from './StoryBody';
import type { DraftEdit, OpenStory } from './useOpenStory';
import { useSaveShortcut } from './useSaveShortcut';

export interface StoryEditorActions {
  onDuplicate: () => void;
  onTrash: () => void;
  onToggleRevisions: () => void;
  onRestore: () => void;
  onPurge: () => void;
}

interface StoryEditorProps {
  open: OpenStory;
  status: SaveStatus;
  conflict: boolean;
  revisionsOpen: boolean;
  revisionsPanelId: string;
  actions: StoryEditorActions;
  onEdit: (changes: DraftEdit) => void;
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
  actions,
  onEdit,
  onSave,
  onReload,
}: StoryEditorProps) {
  const { draft, story } = open;
  const trashed = story.trashedAt !== null;
  const wordCount = useMemo(() => wordCountOf(draft.body), [draft.body]);
  useSaveShortcut(onSave, !trashed);

  return (
    <main className="editor-pane">
      <header className="editor-header">
        <p className="editor-kicker">
          {trashed ? 'In the trash · read only' : `Revision ${story.revision}`}
          {draft.slug && <span className="editor-slug">{draft.slug}</span>}
        </p>
        <StoryActions
          trashed={trashed}
          revisionsOpen={revisionsOpen}
          revisionsPanelId={revisionsPanelId}
          {...actions}
        />
      </header>
      {conflict && <ConflictAlert onReload={onReload} />}
      {trashed && <p className="read-only-note">This story is in the trash. Restore it to edit it again.</p>}
      <div className="story-fields">
        <TextField
          className="headline-field"
          label="Headline"
          value={draft.headline}
          placeholder="Write a headline"
          readOnly={trashed}
          autoFocus={open.focusHeadline}
          onChange={(headline) => onEdit({ headline })}
        />
        <TextField
          className="section-field"
          label="Section"
          value={draft.section}
          placeholder="World, Business, Sport…"
          readOnly={trashed}
          onChange={(section) => onEdit({ section })}
        />
      </div>
      <StoryBody initialBody={draft.body} editable={!trashed} onChange={(body) => onEdit({ body })} />
      <SaveBar status={status} wordCount={wordCount} readOnly={trashed} onSave={onSave} />
    </main>
  );
}
