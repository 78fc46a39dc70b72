interface StoryActionsProps {
  trashed: boolean;
  revisionsOpen: boolean;
  revisionsPanelId: string;
  onDuplicate: () => void;
  onTrash: () => void;
  onToggleRevisions: () => void;
  onRestore: () => void;
  onPurge: () => void;
  onExport: () => void;
}

export function StoryActions(props: StoryActionsProps) {
  if (props.trashed) {
    return (
      <div className="story-actions">
        <button type="button" onClick={props.onRestore}>
          Restore
        </button>
        <button type="button" className="danger" onClick={props.onPurge}>
          Delete permanently
        </button>
      </div>
    );
  }
  return (
    <div className="story-actions">
      <button type="button" onClick={props.onExport}>
        Export
      </button>
      <button type="button" onClick={props.onDuplicate}>
        Duplicate
      </button>
      <button type="button" onClick={props.onTrash}>
        Move to trash
      </button>
      <button
        type="button"
        aria-expanded={props.revisionsOpen}
        aria-controls={props.revisionsOpen ? props.revisionsPanelId : undefined}
        onClick={props.onToggleRevisions}
      >
        Revisions
      </button>
    </div>
  );
}
