import { useId } from 'react';
import type { ExportFormatInfo } from '@shared/contract/exportSchemas';
import type { ExportFormatId } from '@shared/export/exportFormat';

interface FormatChoicesProps {
  formats: ExportFormatInfo[];
  chosen: ReadonlySet<ExportFormatId>;
  onToggle: (format: ExportFormatId) => void;
}

export function FormatChoices({ formats, chosen, onToggle }: FormatChoicesProps) {
  const id = useId();
  return (
    <fieldset className="export-formats">
      <legend>Formats</legend>
      {formats.map((format) => (
        <div key={format.id} className="export-format">
          <input
            id={`${id}-${format.id}`}
            type="checkbox"
            checked={chosen.has(format.id)}
            onChange={() => onToggle(format.id)}
          />
          <label htmlFor={`${id}-${format.id}`}>{format.label}</label>
          <span className="export-suffix">{format.fileSuffix}</span>
        </div>
      ))}
    </fieldset>
  );
}
