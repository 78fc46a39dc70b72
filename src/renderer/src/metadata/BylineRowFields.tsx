import { TextField } from '../common/TextField';
import type { BylineRow } from './bylineRows';
import { rowMissesName } from './bylineRows';

interface BylineRowFieldsProps {
  row: BylineRow;
  position: number;
  readOnly: boolean;
  autoFocus: boolean;
  onChange: (row: BylineRow) => void;
  onRemove: () => void;
}

export function BylineRowFields({
  row,
  position,
  readOnly,
  autoFocus,
  onChange,
  onRemove,
}: BylineRowFieldsProps) {
  return (
    <fieldset className="byline-row">
      <legend>Byline {position}</legend>
      <TextField
        label="Byline"
        value={row.name}
        readOnly={readOnly}
        autoFocus={autoFocus}
        placeholder="Name"
        maxLength={200}
        note={rowMissesName(row) ? { text: 'Add a name, or this byline is left out', kind: 'error' } : null}
        onChange={(name) => onChange({ ...row, name })}
      />
      <TextField
        label="Byline title"
        value={row.title}
        readOnly={readOnly}
        placeholder="Staff writer"
        maxLength={200}
        onChange={(title) => onChange({ ...row, title })}
      />
      <TextField
        label="Byline organization"
        value={row.organization}
        readOnly={readOnly}
        placeholder="The Associated Press"
        maxLength={200}
        onChange={(organization) => onChange({ ...row, organization })}
      />
      {!readOnly && (
        <button type="button" className="quiet remove-byline" onClick={onRemove}>
          Remove byline
        </button>
      )}
    </fieldset>
  );
}
