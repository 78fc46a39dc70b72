import { useEffect, useId, useState } from 'react';
import type { ExportOutcome } from '@shared/contract/exportSchemas';
import type { ExportFormatId } from '@shared/export/exportFormat';
import type { StoryStatus } from '@shared/story/story';
import { useApi } from '../api/ApiContext';
import { TextField } from '../common/TextField';
import { useModalDialog } from '../common/useModalDialog';
import { approvalWarning } from './approvalWarning';
import { ExportPreviewPane } from './ExportPreviewPane';
import { exportSummary } from './exportSummary';
import { FormatChoices } from './FormatChoices';
import { useClipboardCopy } from './useClipboardCopy';
import { useExportFormats } from './useExportFormats';
import { useExportPreview } from './useExportPreview';

const WIRE_WIDTH = 69;

interface ExportDialogProps {
  storyId: string;
  status: StoryStatus;
  /** Saves pending edits; the export reads the story as saved. */
  save: () => Promise<boolean>;
  onClose: () => void;
}

export function ExportDialog({ storyId, status, save, onClose }: ExportDialogProps) {
  const api = useApi();
  const dialog = useModalDialog();
  const titleId = useId();
  const wrapId = useId();
  const [saved, setSaved] = useState<boolean | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<ExportFormatId>>(new Set());
  const [previewFormat, setPreviewFormat] = useState<ExportFormatId>('html');
  const [folder, setFolder] = useState('');
  const [wrap, setWrap] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const formats = useExportFormats();
  const preview = useExportPreview(storyId, previewFormat, saved === true);
  const clipboard = useClipboardCopy(storyId);
  const warning = approvalWarning(status);

  useEffect(() => {
    void save().then(setSaved);
  }, [save]);

  const toggle = (format: ExportFormatId) => {
    const next = new Set(chosen);
    if (next.has(format)) next.delete(format);
    else next.add(format);
    setChosen(next);
    if (!chosen.has(format)) setPreviewFormat(format);
  };

  const chooseFolder = async () => {
    const result = await api.folder.choose({});
    if (!result.ok) setProblem(result.error.message);
    else if (result.value.folder) setFolder(result.value.folder);
  };

  const runExport = async () => {
    setBusy(true);
    setProblem(null);
    setOutcome(null);
    const result = await api.export.write({
      ids: [storyId],
      formats: [...chosen],
      folder: folder.trim(),
      textWidth: wrap ? WIRE_WIDTH : null,
    });
    setBusy(false);
    if (result.ok) setOutcome(result.value);
    else setProblem(result.error.message);
  };

  const ready = saved === true && chosen.size > 0 && folder.trim() !== '' && !busy;
  return (
    <dialog
      ref={dialog}
      className="modal-dialog export-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>Export story</h2>
      {warning && <p className="export-warning">{warning}</p>}
      {saved === false && (
        <p className="field-error">The story could not be saved, so it cannot be exported yet.</p>
      )}
      {formats.kind === 'failed' && <p className="field-error">{formats.message}</p>}
      {formats.kind === 'listed' && (
        <div className="export-columns">
          <div className="export-choices">
            <FormatChoices formats={formats.formats} chosen={chosen} onToggle={toggle} />
            <div className="export-option">
              <input id={wrapId} type="checkbox" checked={wrap} onChange={() => setWrap(!wrap)} />
              <label htmlFor={wrapId}>Wrap plain text at {WIRE_WIDTH} columns</label>
            </div>
            <TextField
              label="Folder"
              value={folder}
              onChange={setFolder}
              placeholder="/home/jane/exports"
              spellCheck={false}
              action={
                <button type="button" onClick={() => void chooseFolder()}>
                  Choose…
                </button>
              }
            />
          </div>
          <ExportPreviewPane
            formats={formats.formats}
            format={previewFormat}
            onFormatChange={setPreviewFormat}
            state={saved === true ? preview : { kind: 'loading' }}
          />
        </div>
      )}
      <div role="status" className="export-status">
        {problem && <p className="field-error">{problem}</p>}
        {outcome && exportSummary(outcome).map((line) => <p key={line}>{line}</p>)}
        {clipboard.message && <p>{clipboard.message}</p>}
      </div>
      <div className="dialog-actions">
        <button type="button" disabled={saved !== true} onClick={() => clipboard.copy('html')}>
          Copy as HTML
        </button>
        <button type="button" disabled={saved !== true} onClick={() => clipboard.copy('text')}>
          Copy as plain text
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
        <button type="button" className="primary" disabled={!ready} onClick={() => void runExport()}>
          {busy ? 'Exporting…' : 'Export files'}
        </button>
      </div>
    </dialog>
  );
}
