import { wordsLabel } from '../common/wordsLabel';
import type { SaveStatus } from './saveStatus';
import { saveStatusText } from './saveStatus';

interface SaveBarProps {
  status: SaveStatus;
  wordCount: number;
  readOnly: boolean;
  onSave: () => void;
}

export function SaveBar({ status, wordCount, readOnly, onSave }: SaveBarProps) {
  return (
    <footer className="save-bar">
      <span className="word-count">{wordsLabel(wordCount)}</span>
      {!readOnly && (
        <>
          <span className={`save-status save-status-${status.kind}`} role="status">
            {saveStatusText(status)}
          </span>
          <button type="button" className="primary" onClick={onSave}>
            Save
          </button>
        </>
      )}
    </footer>
  );
}
