import type { Observable } from '../common/Observable';
import type { SaveStatus } from './saveStatus';
import { SaveStatusText } from './saving/SaveStatusText';
import { WordCount } from './wordCount/WordCount';

interface SaveBarProps {
  status: Observable<SaveStatus>;
  wordCount: Observable<number>;
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
          <SaveStatusText status={status} />
          <button type="button" className="primary" onClick={onSave}>
            Save
          </button>
        </>
      )}
    </footer>
  );
}
