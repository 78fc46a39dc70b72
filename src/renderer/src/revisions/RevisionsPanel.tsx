import { useId } from 'react';
import { RevisionItem } from './RevisionItem';
import { useRevisions } from './useRevisions';

interface RevisionsPanelProps {
  id: string;
  storyId: string;
  currentRevision: number;
  onRestore: (revision: number) => void;
  onClose: () => void;
}

export function RevisionsPanel({ id, storyId, currentRevision, onRestore, onClose }: RevisionsPanelProps) {
  const { revisions, loading, error } = useRevisions(storyId, currentRevision);
  const headingId = useId();

  return (
    <aside className="revisions-panel" id={id} aria-labelledby={headingId}>
      <header className="revisions-head">
        <h2 id={headingId}>Revisions</h2>
        <button type="button" className="quiet" onClick={onClose}>
          Close revisions
        </button>
      </header>
      <p className="revisions-hint">
        Restoring saves your edits first, then makes the chosen revision the current version.
      </p>
      {error && (
        <p className="inline-error" role="alert">
          Could not list the revisions: {error}
        </p>
      )}
      {loading && revisions.length === 0 && <p className="muted">Loading revisions…</p>}
      <ol className="revision-list">
        {revisions.map((revision) => (
          <RevisionItem
            key={revision.revision}
            revision={revision}
            current={revision.revision === currentRevision}
            onRestore={onRestore}
          />
        ))}
      </ol>
    </aside>
  );
}
