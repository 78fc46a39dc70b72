import { useId } from 'react';
import type { ExportFormatInfo } from '@shared/contract/exportSchemas';
import type { ExportFormatId } from '@shared/export/exportFormat';
import type { PreviewState } from './useExportPreview';

interface ExportPreviewPaneProps {
  formats: ExportFormatInfo[];
  format: ExportFormatId;
  onFormatChange: (format: ExportFormatId) => void;
  state: PreviewState;
}

function sizeLabel(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`;
}

function previewBody(state: PreviewState) {
  if (state.kind === 'loading') return <p className="export-preview-note">Preparing the preview…</p>;
  if (state.kind === 'failed') return <p className="export-preview-note field-error">{state.message}</p>;
  const { preview } = state;
  if (preview.text === null) {
    return (
      <p className="export-preview-note">
        {preview.fileName}: {sizeLabel(preview.byteLength)}. Open the exported file to see it.
      </p>
    );
  }
  return (
    <pre className="export-preview-text" tabIndex={0} aria-label={`Preview of ${preview.fileName}`}>
      {preview.text}
    </pre>
  );
}

/** The export exactly as it will be written, as text, for any one format. */
export function ExportPreviewPane({ formats, format, onFormatChange, state }: ExportPreviewPaneProps) {
  const selectId = useId();
  return (
    <section className="export-preview" aria-label="Preview">
      <label htmlFor={selectId}>Preview</label>
      <select
        id={selectId}
        value={format}
        onChange={(event) => onFormatChange(event.target.value as ExportFormatId)}
      >
        {formats.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
      </select>
      {previewBody(state)}
    </section>
  );
}
