import { useId } from 'react';
import { reportLines } from '@shared/import/reportLines';
import { useModalDialog } from '../common/useModalDialog';
import type { ImportResult } from './useImportFiles';

interface ImportReportDialogProps {
  results: ImportResult[];
  onClose: () => void;
}

/** What each import recognized, dropped and could not read, and which files were not imported, and why. */
export function ImportReportDialog({ results, onClose }: ImportReportDialogProps) {
  const dialog = useModalDialog();
  const titleId = useId();
  const imported = results.filter((result) => result.ok).length;
  return (
    <dialog
      ref={dialog}
      className="modal-dialog import-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>Import report</h2>
      <p role="status">
        {imported} of {results.length} file{results.length === 1 ? '' : 's'} imported.
      </p>
      {results.map((result, at) => (
        <section key={at} className="import-result" aria-label={result.name}>
          <h3>
            {result.name}
            {result.ok ? ` → “${result.imported.story.headline || 'Untitled story'}”` : ': not imported'}
          </h3>
          {result.ok ? (
            <pre className="import-report">{reportLines(result.imported.report).join('\n')}</pre>
          ) : (
            <p className="field-error">{result.message}</p>
          )}
        </section>
      ))}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
