import type { RevisionSummary } from '@shared/contract/schemas';
import { formatTime } from '../common/formatTime';
import { wordsLabel } from '../common/wordsLabel';

interface RevisionItemProps {
  revision: RevisionSummary;
  current: boolean;
  onRestore: (revision: number) => void;
}

export function RevisionItem({ revision, current, onRestore }: RevisionItemProps) {
  return (
    <li className={current ? 'revision revision-current' : 'revision'}>
      <p className="revision-title">
        <strong>Revision {revision.revision}</strong>
        {current && <span className="badge">Current</span>}
      </p>
      <p className="revision-meta">
        <time dateTime={revision.savedAt}>{formatTime(revision.savedAt)}</time> ·{' '}
        {wordsLabel(revision.wordCount)}
      </p>
      <p className={revision.headline ? 'revision-headline' : 'revision-headline untitled'}>
        {revision.headline || 'Untitled story'}
      </p>
      {!current && (
        <button type="button" onClick={() => onRestore(revision.revision)}>
          Restore revision {revision.revision}
        </button>
      )}
    </li>
  );
}
