import type { SaveStatus } from './saveStatus';
import { saveStatusText } from './saveStatus';
import { WordCount } from './WordCount';

interface SaveBarProps {
  status: SaveStatus;
  wordCount: number;
  targetWords: number | null;
  readOnly: boolean;
  onSave: () => void;
}

export function SaveBar({ status, wordCount, targetWords, readOnly, onSave }: SaveBarProps) {
  return (
    <footer className="save-bar">
      <WordCount count={wordCount} target={targetWords} />
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
